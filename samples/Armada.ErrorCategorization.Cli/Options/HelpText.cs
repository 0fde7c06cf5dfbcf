using System.Reflection;

namespace Armada.ErrorCategorization.Cli.Options;

/// <summary>The <c>--help</c> and <c>--version</c> texts.</summary>
internal static class HelpText
{
    /// <summary>The usage text printed by <c>--help</c>.</summary>
    public const string Usage = """
        Usage: armada-classify [options] PATH...

        Classifies failed Kubernetes pods with Armada error-category rules.

        PATH is a file with one pod or a list of pods, as `kubectl get pod(s) -o json`
        or `-o yaml` prints it; a directory, whose .json, .yaml and .yml files are read
        in name order; or - to read the same from stdin.

        Options:
          --config FILE      Rule config: an Armada executor config (application.errorCategories)
                             or a YAML list of categories. Default: the built-in default rules.
                             A config without categories is accepted with a warning on stderr.
          --format FORMAT    table or json (JSON Lines, one object per pod). Default: json with
                             --emit-event; otherwise table when stdout is a terminal, json when not.
          --explain          Add, for each category, the rule that matched and on what: a
                             "matches" key in json, one indented line per category under the
                             pod's row in table.
          --emit-event       Add the event an Armada executor sends for the pod's current phase,
                             as protobuf JSON under the "event" key. Makes json the default;
                             with --format table it is a usage error.
          --cluster-id ID    Executor id written into events. Default: local. Without
                             --emit-event it has no effect, and a warning says so.
          -h, --help         Print this help and exit.
          --version          Print the version and exit.

        Exit status: 0 every pod was classified; 1 some input or pod could not be processed;
        2 invalid command line or rule config.

        Example:
          kubectl get pods -A -o json | armada-classify --format json -
        """;

    /// <summary>Returns <c>armada-classify</c> followed by the informational version of this build.</summary>
    public static string Version()
    {
        var assembly = typeof(HelpText).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        return $"armada-classify {version}";
    }
}
