using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using CsCheck;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Category lists built in code, with nulls wherever the types allow them and values no YAML
/// config could hold: the classifier builds, or throws a <see cref="ClassifierConfigException"/>
/// whose every error names its place under the root path.
/// </summary>
[TestFixture]
public class ClassifierConfigPropertyTests
{
    private const int Iterations = 1500;

    private static readonly Gen<string?> AnyText = Gen.Frequency(
        (3, Gen.OneOf(Gen.Const(default(string)), Gen.Const<string?>(""), Gen.Const<string?>("a"), Gen.Const<string?>("main"))),
        (1, HostileText.Text));

    private static readonly Gen<ExitCodeMatcher?> ExitCodes = Gen.Frequency(
        (1, Gen.Const(default(ExitCodeMatcher))),
        (4, Gen.Select(
            Gen.OneOf(Gen.Const<string?>("In"), Gen.Const<string?>("NotIn"), Gen.Const<string?>("in"), Gen.Const<string?>(""), Gen.Const(default(string))),
            RuleGen.ExitCodeValue.Array[0, 3].Null(0.2),
            (@operator, values) => (ExitCodeMatcher?)new ExitCodeMatcher { Operator = @operator!, Values = values! })));

    private static readonly Gen<RegexMatcher?> Message = Gen.Frequency(
        (1, Gen.Const(default(RegexMatcher))),
        (3, Gen.Select(Gen.Frequency((3, Gen.OneOf(RuleGen.Patterns.Select(Gen.Const).ToArray())), (1, PatternGen.Any)).Null(0.1),
            pattern => (RegexMatcher?)new RegexMatcher { Pattern = pattern! })));

    private static readonly Gen<IReadOnlyList<string>?> ConditionList = Gen.Frequency(
        (1, Gen.Const(default(IReadOnlyList<string>))),
        (4, Gen.OneOf(Gen.Const<string?>("OOMKilled"), Gen.Const<string?>("Evicted"), Gen.Const<string?>("AppError"), Gen.Const(default(string)))
            .Array[0, 3].Select(conditions => (IReadOnlyList<string>?)conditions!)));

    private static readonly Gen<CategoryRule?> Rule = Gen.Select(AnyText, ConditionList, ExitCodes, Message,
        (container, conditions, exitCodes, message) => new CategoryRule
        {
            ContainerName = container,
            OnConditions = conditions,
            OnExitCodes = exitCodes,
            OnTerminationMessage = message,
        }).Null(0.05);

    private static readonly Gen<CategoryConfig?> Category = Gen.Select(AnyText, Rule.Array[0, 3].Null(0.1),
        (name, rules) => new CategoryConfig { Name = name, Rules = rules! }).Null(0.05);

    [Test]
    public void Classifier_CodeBuiltConfig_BuildsOrListsErrorsUnderRoot()
    {
        var built = 0;
        Category.Array[0, 4].Null(0.05).Sample(categories =>
        {
            try
            {
                var classifier = new Classifier(categories, "root");
                Interlocked.Increment(ref built);

                classifier.CategoryNames.Count.ShouldBe(categories?.Length ?? 0);
            }
            catch (ClassifierConfigException exception)
            {
                exception.Errors.ShouldNotBeEmpty();
                foreach (var error in exception.Errors)
                {
                    error.Path.ShouldStartWith("root[", customMessage: error.ToString());
                    error.Message.ShouldNotBeNullOrWhiteSpace(error.ToString());
                    exception.Message.ShouldContain(error.ToString());
                }
            }
        }, iter: Iterations, print: categories => categories is null ? "null" : string.Join("; ", categories.Select(Print)));

        // The property checks little unless some generated configs are valid.
        built.ShouldBeGreaterThan(Iterations / 50);
    }

    private static string Print(CategoryConfig? category) =>
        category is null
            ? "null"
            : $"{HostileText.Escape(category.Name)}: [{(category.Rules is null ? "null" : string.Join(", ", category.Rules.Select(Print)))}]";

    private static string Print(CategoryRule? rule) =>
        rule is null
            ? "null"
            : $"container {HostileText.Escape(rule.ContainerName)} " +
              $"conditions {(rule.OnConditions is null ? "null" : string.Join("|", rule.OnConditions.Select(HostileText.Escape)))} " +
              $"exit codes {(rule.OnExitCodes is null ? "null" : $"{HostileText.Escape(rule.OnExitCodes.Operator)} {(rule.OnExitCodes.Values is null ? "null" : string.Join(",", rule.OnExitCodes.Values))}")} " +
              $"pattern {(rule.OnTerminationMessage is null ? "null" : HostileText.Escape(rule.OnTerminationMessage.Pattern))}";
}
