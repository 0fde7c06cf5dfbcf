namespace Armada.ErrorCategorization.Cli.Options;

/// <summary>The parsed command line.</summary>
internal sealed record CliOptions
{
    /// <summary>The default for <see cref="ClusterId"/>, written into events as the executor id.</summary>
    public const string DefaultClusterId = "local";

    /// <summary>Files, directories and <c>-</c> (stdin), in command-line order.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The rule config file, or <see langword="null"/> for the built-in default rules.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The output format, or <see langword="null"/> to choose by whether stdout is a terminal.</summary>
    public OutputFormat? Format { get; init; }

    /// <summary>Whether to report, for each category, the rule that matched and on what.</summary>
    public bool Explain { get; init; }

    /// <summary>Whether to build the event an Armada executor would send for the pod's current phase.</summary>
    public bool EmitEvent { get; init; }

    /// <summary>The executor id written into events.</summary>
    public string ClusterId { get; init; } = DefaultClusterId;

    /// <summary>Whether <c>--help</c> was given; nothing else runs.</summary>
    public bool ShowHelp { get; init; }

    /// <summary>Whether <c>--version</c> was given; nothing else runs.</summary>
    public bool ShowVersion { get; init; }
}
