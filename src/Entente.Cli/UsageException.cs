namespace Entente.Cli;

/// <summary>Bad input from the person at the keyboard: printed as it is, exit code 2, no stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
