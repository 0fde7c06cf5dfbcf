namespace Armada.ErrorCategorization.Cli;

/// <summary>What the CLI needs to know about its surroundings, so tests can run it in-process.</summary>
public sealed record CliContext
{
    /// <summary>Whether stdout is a terminal, which makes <c>table</c> the default format.</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Whether stderr is a terminal, which turns on the progress count.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>The clock for the <c>created</c> time of events.</summary>
    /// <value>The system clock.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>A context for a run whose stdout and stderr are both redirected, such as a test or a pipe.</summary>
    public static CliContext Redirected { get; } = new();

    /// <summary>Returns the context of the current process's console.</summary>
    public static CliContext FromConsole() => new()
    {
        StdoutIsTerminal = !Console.IsOutputRedirected,
        StderrIsTerminal = !Console.IsErrorRedirected,
    };
}
