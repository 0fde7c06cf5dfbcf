namespace Armada.ErrorCategorization.Cli.Options;

/// <summary>The parsed command line.</summary>
internal sealed record CliOptions
{
    /// <summary>The executor id written into events when <c>--cluster-id</c> is not given.</summary>
    public const string DefaultClusterId = "local";

    /// <summary>Files, directories and <c>-</c> (stdin), in command-line order.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The rule config file, or <see langword="null"/> for the built-in default rules.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>
    /// The output format, or <see langword="null"/> when <c>--format</c> is not given: then json with
    /// <c>--emit-event</c>, otherwise chosen by whether stdout is a terminal.
    /// </summary>
    public OutputFormat? Format { get; init; }

    /// <summary>Whether to report, for each category, the rule that matched and on what.</summary>
    public bool Explain { get; init; }

    /// <summary>Whether to build the event an Armada executor would send for the pod's current phase.</summary>
    public bool EmitEvent { get; init; }

    /// <summary>The executor id written into events, or <see langword="null"/> when <c>--cluster-id</c> is not given.</summary>
    public string? ClusterId { get; init; }

    /// <summary>Whether <c>--help</c> was given; nothing else runs.</summary>
    public bool ShowHelp { get; init; }

    /// <summary>Whether <c>--version</c> was given; nothing else runs.</summary>
    public bool ShowVersion { get; init; }

    /// <summary>
    /// Returns the output format to use. A given <see cref="Format"/> wins. Without one,
    /// <c>--emit-event</c> selects json, because events are protobuf JSON, and otherwise a terminal
    /// gets table and a redirected stdout gets json.
    /// </summary>
    public OutputFormat ResolveFormat(bool stdoutIsTerminal) =>
        Format ?? (EmitEvent || !stdoutIsTerminal ? OutputFormat.Json : OutputFormat.Table);
}
