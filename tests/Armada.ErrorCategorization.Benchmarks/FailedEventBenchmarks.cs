using Armada.ErrorCategorization.Benchmarks.Support;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Events;
using Armada.ErrorCategorization.Failures;
using ArmadaProject.Io.ArmadaEvents;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using k8s.Models;

namespace Armada.ErrorCategorization.Benchmarks;

/// <summary>
/// What an executor does for each failed pod after classifying it: build the FailureInfo, build
/// the JobRunErrors event, and serialise it for the Armada server. The pod's <c>main</c> container
/// left a 4 KiB traceback that one message pattern matches.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class FailedEventBenchmarks
{
    private const string ClusterId = "gpu-cluster-a";

    private Classifier classifier = null!;
    private EventFactory factory = null!;
    private V1Pod pod = null!;
    private IReadOnlyList<string> categories = null!;
    private EventSequence sequence = null!;

    [GlobalSetup]
    public void Setup()
    {
        classifier = new Classifier(BenchmarkConfigs.WithRegexCategories());
        factory = new EventFactory();
        pod = BenchmarkPods.Failed(
            BenchmarkConfigs.ExitCodeOf(0),
            mainMessage: BenchmarkConfigs.TracebackMessage("Killed process 48121 (python_worker) total-vm:73400320kB"));
        categories = classifier.Classify(pod);
        sequence = factory.CreateEventForCurrentState(pod, ClusterId, classifier);

        Expect.Categories(categories, "exit-code-0", "message-3");
        Expect.Categories(sequence.Events[0].JobRunErrors.Errors[0].FailureInfo.Categories, "exit-code-0", "message-3");
    }

    /// <summary>FailureInfo from the pod and categories classified beforehand.</summary>
    [Benchmark]
    public FailureInfo ExtractFailureInfo() => PodFailures.ExtractFailureInfo(pod, categories);

    /// <summary>The whole failed-pod event: classification, FailureInfo, failure reason, container errors.</summary>
    [Benchmark]
    public EventSequence CreateFailedEvent() => factory.CreateEventForCurrentState(pod, ClusterId, classifier);

    /// <summary>Serialising an event built beforehand to Armada's protobuf wire format.</summary>
    [Benchmark]
    public byte[] SerializeEvent() => sequence.ToByteArray();

    /// <summary>Everything an executor does per failed pod: build the event and serialise it.</summary>
    [Benchmark(Baseline = true)]
    public byte[] CreateAndSerializeEvent() => factory.CreateEventForCurrentState(pod, ClusterId, classifier).ToByteArray();
}
