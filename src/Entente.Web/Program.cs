using Entente.Data;
using Entente.Web;

// `entente-web [--urls http://127.0.0.1:5080]`: the API and the page on the built-in data set.
// `entente serve` hosts the same application from the CLI.
var loaded = DataSetLoader.LoadBuiltIn();
if (!loaded.IsValid)
{
    foreach (var problem in loaded.Problems)
        Console.Error.WriteLine(problem);
    return 1;
}
await EntenteWeb.Build(args, loaded.Atlas!).RunAsync();
return 0;
