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
        var separateValues = new List<OptionValue>();
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
                    options = options with { ConfigPath = TakeValue(args, ref i, name, inlineValue, "FILE", separateValues) };
                    break;
                case "--format":
                    options = options with { Format = ParseFormat(TakeValue(args, ref i, name, inlineValue, "table|json", separateValues)) };
                    break;
                case "--cluster-id":
                    options = options with { ClusterId = TakeValue(args, ref i, name, inlineValue, "ID", separateValues) };
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

        Validate(options, paths, separateValues);
        return options with { Paths = paths };
    }

    private static (string Name, string? Value) SplitInlineValue(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2
            ? (arg[..equals], arg[(equals + 1)..])
            : (arg, null);
    }

    /// <summary>
    /// Returns the option's value: the text after <c>=</c>, or else the next argument, which is then
    /// recorded in <paramref name="separateValues"/> for the "no input given" hint.
    /// </summary>
    private static string TakeValue(
        IReadOnlyList<string> args, ref int i, string name, string? inlineValue, string placeholder, List<OptionValue> separateValues)
    {
        var value = inlineValue;
        if (value is null)
        {
            if (i + 1 >= args.Count)
            {
                throw new UsageException($"option {name} needs a value: {name} {placeholder}.");
            }

            value = args[++i];
            separateValues.Add(new OptionValue(name, placeholder, value));
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

    private static void Validate(CliOptions options, List<string> paths, List<OptionValue> separateValues)
    {
        if (options.EmitEvent && options.Format == OutputFormat.Table)
        {
            throw new UsageException("--emit-event writes protobuf JSON; use --format json, or leave --format out, instead of --format table.");
        }

        if (paths.Count == 0)
        {
            throw new UsageException(DescribeNoInput(separateValues));
        }

        if (paths.Count(path => path == StdinPath) > 1)
        {
            throw new UsageException("'-' (stdin) is given more than once. Stdin can be read only once, so pass it a single time.");
        }
    }

    /// <summary>
    /// Describes the missing input. When an option took a pod path as its value, as in
    /// <c>--cluster-id pods.json</c> with the id forgotten, the message names the option and the value,
    /// because the usual hint would send the user looking for a path they did give.
    /// </summary>
    private static string DescribeNoInput(List<OptionValue> separateValues)
    {
        var swallowed = separateValues.FirstOrDefault(taken => PodInputGuess.LooksLikePodInput(taken.Option, taken.Value));
        if (swallowed is null)
        {
            return "no input given. Pass pod files or directories, or - to read kubectl output from stdin; run armada-classify --help for usage.";
        }

        var (option, placeholder, value) = swallowed;
        return $"no input given: {option} took '{value}' as its value, so no input path is left. " +
            $"Give {option} a value of its own, as in {option} {placeholder} {value}.";
    }

    /// <summary>An option whose value was the argument after it.</summary>
    private sealed record OptionValue(string Option, string Placeholder, string Value);
}
