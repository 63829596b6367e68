console.log('entente');
