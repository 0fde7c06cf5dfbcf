using Armada.ErrorCategorization.Categorization;
using CsCheck;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Properties of <see cref="Classifier.Classify"/> over generated pods of every shape and generated
/// valid configs. CsCheck prints the seed and the shrunk pod and config of a failure.
/// </summary>
[TestFixture]
public class ClassifierPropertyTests
{
    private const int Iterations = 1500;

    private static readonly Gen<(CategoryConfig[] Categories, V1Pod? Pod)> ConfigAndPod =
        Gen.Select(RuleGen.Categories(0, 5), PodGen.Pod);

    private static string Print((CategoryConfig[] Categories, V1Pod? Pod) sample) =>
        $"categories: {RuleGen.Print(sample.Categories)}{Environment.NewLine}pod: {PodGen.Print(sample.Pod)}";

    [Test]
    public void Classify_AnyPodShape_MatchesModel()
    {
        var withMatches = 0;
        var withoutMatches = 0;
        ConfigAndPod.Sample((categories, pod) =>
        {
            var classifier = new Classifier(categories);
            var expected = ClassifierModel.Classify(categories, pod);
            Interlocked.Increment(ref expected.Count > 0 ? ref withMatches : ref withoutMatches);

            classifier.Classify(pod).ShouldBe(expected);
        }, iter: Iterations, print: Print);

        // The property checks little unless the generators often produce both outcomes.
        withMatches.ShouldBeGreaterThan(Iterations / 10);
        withoutMatches.ShouldBeGreaterThan(Iterations / 10);
    }

    [Test]
    public void Explain_AnyPodShape_NamesClassifiedCategories()
    {
        ConfigAndPod.Sample((categories, pod) =>
        {
            var classifier = new Classifier(categories);

            classifier.Explain(pod).Select(match => match.Category).ShouldBe(classifier.Classify(pod));
        }, iter: Iterations, print: Print);
    }

    [Test]
    public void Classify_Category_MatchesIffOneOfItsRulesMatches()
    {
        ConfigAndPod.Sample((categories, pod) =>
        {
            var matched = new Classifier(categories).Classify(pod);

            foreach (var category in categories)
            {
                var anyRuleMatches = category.Rules!.Any(rule =>
                    new Classifier([new CategoryConfig { Name = "single", Rules = [rule] }]).Classify(pod).Count == 1);
                matched.Contains(category.Name!).ShouldBe(anyRuleMatches, $"category {category.Name}");
            }
        }, iter: Iterations / 3, print: Print);
    }

    [Test]
    public void Classify_AddedCategory_KeepsEveryOtherMatch()
    {
        var gen = Gen.Select(RuleGen.Categories(0, 4), RuleGen.Rule.Array[1, 3], Gen.Int[0, 4], PodGen.Pod);
        gen.Sample((categories, addedRules, position, pod) =>
        {
            var extended = categories.ToList();
            extended.Insert(Math.Min(position, extended.Count), new CategoryConfig { Name = "added", Rules = addedRules });

            var before = new Classifier(categories).Classify(pod);
            var after = new Classifier(extended).Classify(pod);

            after.Where(name => name != "added").ShouldBe(before);
        }, iter: Iterations, print: sample => Print((sample.Item1, sample.Item4)) + $"{Environment.NewLine}added at {sample.Item3}: {string.Join(", ", sample.Item2.Select(RuleGen.Print))}");
    }

    [Test]
    public void Classify_AnyPodShape_ReturnsCategoriesInConfigOrder()
    {
        ConfigAndPod.Sample((categories, pod) =>
        {
            var classifier = new Classifier(categories);
            var positions = classifier.Classify(pod).Select(name => classifier.CategoryNames.ToList().IndexOf(name)).ToList();

            positions.ShouldAllBe(position => position >= 0);
            positions.ShouldBe(positions.Order().Distinct());
        }, iter: Iterations, print: Print);
    }
}
