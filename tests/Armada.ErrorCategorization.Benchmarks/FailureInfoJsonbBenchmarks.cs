using Armada.ErrorCategorization.Benchmarks.Support;
using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using BenchmarkDotNet.Attributes;

namespace Armada.ErrorCategorization.Benchmarks;

/// <summary>
/// The ingester's conversion of a FailureInfo to the <c>failure_info</c> JSONB text, and the read
/// side's conversion back, for a FailureInfo with two categories and a 4 KiB termination message.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class FailureInfoJsonbBenchmarks
{
    private FailureInfo failureInfo = null!;
    private string json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pod = BenchmarkPods.Failed(
            BenchmarkConfigs.ExitCodeOf(0),
            mainMessage: BenchmarkConfigs.TracebackMessage("Killed process 48121 (python_worker) total-vm:73400320kB"));
        failureInfo = PodFailures.ExtractFailureInfo(pod, ["exit-code-0", "message-3"]);
        json = FailureInfoJsonWriter.Write(failureInfo)
            ?? throw new InvalidOperationException("benchmark setup: the FailureInfo produced no JSON");

        var read = FailureInfoJsonReader.Read(json)
            ?? throw new InvalidOperationException("benchmark setup: the JSON read back as null");
        Expect.Categories(read.Categories ?? [], "exit-code-0", "message-3");
    }

    [Benchmark]
    public string? WriteJson() => FailureInfoJsonWriter.Write(failureInfo);

    [Benchmark]
    public RunFailureInfo? ReadJson() => FailureInfoJsonReader.Read(json);

    [Benchmark(Baseline = true)]
    public RunFailureInfo? WriteAndReadJson() => FailureInfoJsonReader.Read(FailureInfoJsonWriter.Write(failureInfo));
}
