namespace Armada.ErrorCategorization.Cli.Options;

/// <summary>
/// Parses the command line. Options take their value as the next argument or after <c>=</c>
/// (<c>--format json</c> or <c>--format=json</c>), and <c>--</c> ends the options.
/// </summary>
internal static class CliOptionsParser
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StdinPath = "-";

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">An option is unknown, lacks its value or has an invalid one, or no path is given.</exception>
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        var paths = new List<string>();
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == StdinPath || !arg.StartsWith('-'))
            {
                paths.Add(arg);
                continue;
            }

            var (name, inlineValue) = SplitInlineValue(arg);
            switch (name)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "-h":
                case "--help":
                    options = options with { ShowHelp = true };
                    break;
                case "--version":
                    options = options with { ShowVersion = true };
                    break;
                case "--explain":
                    options = options with { Explain = true };
                    break;
                case "--emit-event":
                    options = options with { EmitEvent = true };
                    break;
                case "--config":
                    options = options with { ConfigPath = TakeValue(args, ref i, name, inlineValue, "FILE") };
                    break;
                case "--format":
                    options = options with { Format = ParseFormat(TakeValue(args, ref i, name, inlineValue, "table|json")) };
                    break;
                case "--cluster-id":
                    options = options with { ClusterId = TakeValue(args, ref i, name, inlineValue, "ID") };
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}'. Run armada-classify --help to list the options.");
            }

            if (inlineValue is not null && name is "--help" or "-h" or "--version" or "--explain" or "--emit-event")
            {
                throw new UsageException($"option {name} takes no value, but got '{arg}'. Write it as {name} alone.");
            }
        }

        if (options.ShowHelp || options.ShowVersion)
        {
            return options with { Paths = paths };
        }

        Validate(paths);
        return options with { Paths = paths };
    }

    private static (string Name, string? Value) SplitInlineValue(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2
            ? (arg[..equals], arg[(equals + 1)..])
            : (arg, null);
    }

    private static string TakeValue(IReadOnlyList<string> args, ref int i, string name, string? inlineValue, string placeholder)
    {
        var value = inlineValue;
        if (value is null)
        {
            if (i + 1 >= args.Count)
            {
                throw new UsageException($"option {name} needs a value: {name} {placeholder}.");
            }

            value = args[++i];
        }

        if (value.Length == 0)
        {
            throw new UsageException($"option {name} has an empty value; give it as {name} {placeholder}.");
        }

        return value;
    }

    private static OutputFormat ParseFormat(string value) => value switch
    {
        "table" => OutputFormat.Table,
        "json" => OutputFormat.Json,
        _ => throw new UsageException($"invalid --format '{value}'. Use --format table or --format json."),
    };

    private static void Validate(List<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new UsageException(
                "no input given. Pass pod files or directories, or - to read kubectl output from stdin; run armada-classify --help for usage.");
        }

        if (paths.Count(path => path == StdinPath) > 1)
        {
            throw new UsageException("'-' (stdin) is given more than once. Stdin can be read only once, so pass it a single time.");
        }
    }
}
