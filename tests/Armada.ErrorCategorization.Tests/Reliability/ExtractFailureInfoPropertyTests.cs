using Armada.ErrorCategorization.Failures;
using CsCheck;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Properties of <see cref="PodFailures.ExtractFailureInfo"/> over pods of every shape: the container
/// it names is the first failed one, regular before init, with that container's own exit code.
/// </summary>
[TestFixture]
public class ExtractFailureInfoPropertyTests
{
    private const int Iterations = 3000;

    private static readonly Gen<(V1Pod? Pod, string[] Categories)> PodAndCategories =
        Gen.Select(PodGen.Pod, Gen.String.AlphaNumeric.Array[0, 3]);

    [Test]
    public void ExtractFailureInfo_AnyPodShape_NamesFirstFailedContainer()
    {
        PodAndCategories.Sample((pod, categories) =>
        {
            var info = PodFailures.ExtractFailureInfo(pod, categories);
            var failed = ClassifierModel.FailedContainers(pod);

            info.Categories.ShouldBe(categories);
            info.HasFailedContainer.ShouldBe(failed.Count > 0);
            if (failed.Count == 0)
            {
                info.ExitCode.ShouldBe(0);
                info.ContainerName.ShouldBe("");
                info.TerminationMessage.ShouldBe("");
                return;
            }

            var (name, terminated) = failed[0];
            info.ExitCode.ShouldNotBe(0);
            info.ExitCode.ShouldBe(terminated.ExitCode);
            info.ContainerName.ShouldBe(name ?? "");
            info.TerminationMessage.ShouldBe(terminated.Message ?? "");
        }, iter: Iterations, print: sample => $"categories [{string.Join(", ", sample.Item2)}], pod {PodGen.Print(sample.Item1)}");
    }

    [Test]
    public void ExtractFailureInfo_AnyPodShape_NamedContainerIsTerminatedNowWithThatCode()
    {
        PodGen.Pod.Sample(pod =>
        {
            var info = PodFailures.ExtractFailureInfo(pod, null);
            if (!info.HasFailedContainer)
            {
                return;
            }

            var statuses = (pod!.Status!.ContainerStatuses ?? []).Concat(pod.Status.InitContainerStatuses ?? []);
            var named = statuses.Where(status => status is not null && (status.Name ?? "") == info.ContainerName).ToList();

            named.ShouldContain(status => status.State != null && status.State.Terminated != null && status.State.Terminated.ExitCode == info.ExitCode);
        }, iter: Iterations, print: PodGen.Print);
    }
}
