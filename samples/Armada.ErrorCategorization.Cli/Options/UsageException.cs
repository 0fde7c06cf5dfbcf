namespace Armada.ErrorCategorization.Cli.Options;

/// <summary>Thrown when the command line is invalid; the message says what is wrong and how to fix it.</summary>
internal sealed class UsageException(string message) : Exception(message);
