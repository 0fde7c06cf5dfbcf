using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using CsCheck;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Generated configs, written as block YAML or JSON, loaded as written and after random edits of
/// their structure and text. A valid config loads to a classifier that agrees with one built from
/// the same categories in code. Any text either loads or fails with a
/// <see cref="ClassifierConfigException"/> whose every error has a path, a message and a position,
/// and finishes within a generous hang guard.
/// </summary>
[TestFixture]
public class ConfigFuzzTests
{
    private const int Iterations = 600;

    /// <summary>Far above the few milliseconds a config takes, so only a hang trips it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static readonly Gen<(CategoryConfig[] Categories, ConfigText.Layout Layout)> ValidConfig =
        Gen.Select(RuleGen.Categories(0, 4), ConfigText.Layouts);

    private static readonly Gen<string> MutatedConfig =
        Gen.Select(ValidConfig, ConfigMutation.Generator.Array[0, 3], TextMutation.Generator.Array[0, 2], (config, mutations, textMutations) =>
        {
            var tree = ConfigText.ToTree(config.Categories, config.Layout);
            foreach (var mutation in mutations)
            {
                tree = mutation.ApplyTo(tree);
            }

            var text = YamlWriter.Write(tree, config.Layout.Style);
            return textMutations.Aggregate(text, (current, mutation) => mutation.ApplyTo(current));
        });

    /// <summary>What loading returned or threw.</summary>
    private sealed record LoadOutcome(Classifier? Classifier, ClassifierConfigException? ConfigError, Exception? OtherError);

    private static LoadOutcome LoadWithHangGuard(Func<Classifier> load)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return new LoadOutcome(load(), null, null);
            }
            catch (ClassifierConfigException exception)
            {
                return new LoadOutcome(null, exception, null);
            }
            catch (Exception exception)
            {
                return new LoadOutcome(null, null, exception);
            }
        });

        task.Wait(HangGuard).ShouldBeTrue($"loading did not finish within {HangGuard.TotalSeconds} s");
        return task.Result;
    }

    private static void ShouldLoadOrExplain(LoadOutcome outcome)
    {
        outcome.OtherError.ShouldBeNull();
        if (outcome.ConfigError is not { } exception)
        {
            return;
        }

        exception.Errors.ShouldNotBeEmpty();
        exception.Errors.Count.ShouldBeLessThanOrEqualTo(ClassifierConfigLoader.MaxErrors + 1);
        for (var i = 0; i < exception.Errors.Count; i++)
        {
            var error = exception.Errors[i];
            error.Path.ShouldNotBeNullOrWhiteSpace(error.ToString());
            error.Message.ShouldNotBeNullOrWhiteSpace(error.ToString());
            exception.Message.ShouldContain(error.ToString());

            // The entry that counts the errors not listed has no position of its own.
            if (i < ClassifierConfigLoader.MaxErrors)
            {
                error.Line.ShouldNotBeNull(error.ToString());
                error.Column.ShouldNotBeNull(error.ToString());
            }
        }
    }

    [Test]
    public void CreateClassifier_GeneratedConfig_AgreesWithClassifierFromCode()
    {
        var gen = Gen.Select(ValidConfig, PodGen.Pod.Array[8]);
        gen.Sample((config, pods) =>
        {
            var yaml = YamlWriter.Write(ConfigText.ToTree(config.Categories, config.Layout), config.Layout.Style);
            var expected = new Classifier(config.Categories);

            var loaded = ClassifierConfigLoader.CreateClassifier(yaml);

            loaded.CategoryNames.ShouldBe(expected.CategoryNames);
            foreach (var pod in pods)
            {
                loaded.Classify(pod).ShouldBe(expected.Classify(pod), PodGen.Print(pod));
            }
        }, iter: Iterations / 2, print: sample =>
            YamlWriter.Write(ConfigText.ToTree(sample.Item1.Categories, sample.Item1.Layout), sample.Item1.Layout.Style));
    }

    [Test]
    public void CreateClassifier_MutatedConfig_LoadsOrReportsLocatedErrors()
    {
        MutatedConfig.Sample(yaml =>
        {
            var outcome = LoadWithHangGuard(() => ClassifierConfigLoader.CreateClassifier(yaml, "fuzz.yaml"));

            ShouldLoadOrExplain(outcome);
        }, iter: Iterations * 3, print: yaml => YamlWriter.Quote(yaml));
    }

    [Test]
    public void CreateClassifierFromFile_RandomBytes_LoadsOrReportsLocatedErrors()
    {
        var bytes = Gen.Select(MutatedConfig, Gen.Byte.Array[0, 6], Gen.Int[0, int.MaxValue], (yaml, garbage, position) =>
        {
            var encoded = System.Text.Encoding.UTF8.GetBytes(yaml).ToList();
            encoded.InsertRange(position % (encoded.Count + 1), garbage);
            return encoded.ToArray();
        });
        var directory = Directory.CreateTempSubdirectory("armada-ec-fuzz-");
        try
        {
            bytes.Sample(content =>
            {
                var path = Path.Combine(directory.FullName, $"{Guid.NewGuid():N}.yaml");
                File.WriteAllBytes(path, content);

                var outcome = LoadWithHangGuard(() => ClassifierConfigLoader.CreateClassifierFromFile(path));

                ShouldLoadOrExplain(outcome);
            }, iter: Iterations / 2, print: content => Convert.ToHexString(content));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
