using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using CsCheck;
using NUnit.Framework;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>
/// Random edits of valid configs: whatever the text, the loader returns a classifier or throws
/// <see cref="ClassifierConfigException"/>, never another exception.
/// </summary>
public sealed class ClassifierConfigLoaderFuzzTests
{
    private static readonly string[] Seeds =
    [
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "config", "default-rules.yaml")),
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "config", "executor-config.yaml")),
        """
        defaults: &main {containerName: main}
        application:
          errorCategories:
            - name: a
              rules:
                - <<: *main
                  onExitCodes: {operator: NotIn, values: ["0", -1, 2147483647]}
            - &b {name: b, rules: [{onConditions: [Evicted, OOMKilled]}]}
        """,
    ];

    /// <summary>Fragments that change YAML structure when inserted anywhere.</summary>
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "-", ",", "\n", "\r\n", "  ", "\t", "\"", "'", "#", "&a ", "*a", "*b", "<<: ",
        "? ", "|", ">-", "!!", "!!null ", "!x ", "---\n", "...\n", "%YAML 1.2\n", "~", "null", "0x1F", "1.5", "99999999999",
        "\u0000", "\uFEFF", "\uD800", "é", "onExitCode", "NAME", "rules: ", "values: [", "pattern: \"(\"",
        "!<", "!<:x> ", "!e!x ", "%TAG !e! tag:x,2000:\n", "%TAG !e! :\n", "\\", "\"\\u12", "\u0085", "\u2028",
    ];

    [Test]
    public void CreateClassifier_RandomEdits_ThrowOnlyConfigErrors()
    {
        var edit = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 8], Gen.OneOf(Fragments));
        var input = Gen.Select(Gen.Int[0, Seeds.Length - 1], edit.Array[1, 4], (seed, edits) => Apply(Seeds[seed], edits));

        input.Sample(
            yaml =>
            {
                try
                {
                    ClassifierConfigLoader.CreateClassifier(yaml);
                }
                catch (ClassifierConfigException)
                {
                    // The expected outcome for most edits.
                }
            },
            iter: 1000,
            threads: 1,
            print: yaml => yaml);
    }

    private static string Apply(string text, (int Position, int DeleteLength, string Insert)[] edits)
    {
        foreach (var (position, deleteLength, insert) in edits)
        {
            var at = text.Length == 0 ? 0 : position % text.Length;
            var delete = Math.Min(deleteLength, text.Length - at);
            text = string.Concat(text.AsSpan(0, at), insert, text.AsSpan(at + delete));
        }

        return text;
    }
}
