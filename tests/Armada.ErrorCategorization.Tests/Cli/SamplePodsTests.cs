using System.Text.Json;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>
/// Runs the CLI over the shipped samples/pods with the built-in default rules and checks each pod's
/// JSON line field by field.
/// </summary>
[TestFixture]
public class SamplePodsTests
{
    private const string Traceback =
        "Traceback (most recent call last):\n" +
        "  File \"/app/featurize.py\", line 212, in <module>\n" +
        "    main()\n" +
        "  File \"/app/featurize.py\", line 198, in main\n" +
        "    rows = build_features(frame, schema)\n" +
        "  File \"/app/featurize.py\", line 141, in build_features\n" +
        "    out[col] = frame[spec.source].map(spec.encoder)\n" +
        "KeyError: 'session_duration_ms'\n";

    private const string CudaMessage =
        "RuntimeError: CUDA error: an illegal memory access was encountered\n" +
        "CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\n" +
        "For debugging consider passing CUDA_LAUNCH_BLOCKING=1.\n" +
        "Compile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n";

    private const string NcclMessage =
        "torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, " +
        "unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5\n" +
        "ncclSystemError: System call (e.g. socket, malloc) or external library call failed or device error.\n" +
        "Last error:\n" +
        "socket.cc:487 NCCL WARN Net : Connection closed by remote peer 10.244.8.19<46873>\n";

    private const string UsageMessage =
        "usage: train.py [-h] --epochs EPOCHS [--lr LR] [--batch-size BATCH_SIZE] --data DATA\n" +
        "train.py: error: the following arguments are required: --epochs\n";

    private const string SegfaultMessage =
        "Fatal Python error: Segmentation fault\n\n" +
        "Current thread 0x00007f3b2c1ff740 (most recent call first):\n" +
        "  File \"/app/tiles/raster.py\", line 88 in draw_tile\n" +
        "  File \"/app/render.py\", line 154 in render_zoom_level\n" +
        "  File \"/app/render.py\", line 203 in main\n";

    private const string SidecarMessage =
        "evaluation aborted: checkpoint /ckpt/resnet50-epoch90.pt has 1000 output classes, dataset split 'val' has 1001\n";

    /// <summary>Every pod in samples/pods, in the order the CLI reads them: files by ordinal name, list items in order.</summary>
    private static readonly SamplePod[] ExpectedPods =
    [
        new("data-eng/etl-evicted-9d3a7", "Failed", ["evicted", "sigkill"], 137, "main", null),
        new("ml-research/eval-sidecar-main-failed-1e5b3", "Failed", [], 3, "main", SidecarMessage),
        new("ml-research/featurize-traceback-8a2b4", "Failed", ["user_error"], 1, "main", Traceback),
        new("data-eng/fetch-imagepull-7b2e5", "Pending", [], null, null, null),
        new("data-eng/ingest-sigkill-2c6e1", "Failed", ["sigkill"], 137, "main", null),
        new("ml-research/parse-args-usage-9f1c3", "Failed", ["user_error"], 2, "main", UsageMessage),
        new("data-eng/preprocess-init-oom-4b1d8", "Failed", ["oom", "sigkill"], 137, "fetch-dataset", null),
        new("viz/render-segfault-4d6e2", "Failed", ["segfault"], 139, "main", SegfaultMessage),
        new("analytics/report-succeeded-2b8f4", "Succeeded", [], null, null, null),
        new("ml-serving/serve-crashloop-0a9c6", "Running", [], null, null, null),
        new("physics/sim-deadline-5e8f0", "Failed", ["deadline_exceeded"], 143, "main", null),
        new("ml-research/sweep-lr-0001-8c1f0", "Failed", ["user_error"], 127, "main", "/bin/sh: 1: pyhton: not found\n"),
        new("ml-research/sweep-lr-0002-3a7d5", "Succeeded", [], null, null, null),
        new("ml-research/sweep-lr-0003-e42b9", "Failed", ["oom", "sigkill"], 137, "main", null),
        new("ml-research/sweep-lr-0004-6b0c2", "Running", [], null, null, null),
        new("ml-research/train-bert-cuda-3f7a1", "Failed", ["cuda_error", "user_error"], 1, "main", CudaMessage),
        new("ml-research/train-llm-nccl-6c0d9", "Failed", ["nccl_error", "user_error"], 1, "main", NcclMessage),
        new("ml-research/train-resnet-oom-7f9c2", "Failed", ["oom", "sigkill"], 137, "main", null),
        new("ml-research/train-vit-admission-5c2a8", "Failed", [], null, null, null),
    ];

    // One run serves every per-pod case; the CLI's output does not depend on the test that reads it.
    private static readonly Lazy<CliResult> SampleRun = new(() => CliRunner.Run("--format", "json", CliRunner.SamplePods));

    private static IEnumerable<TestCaseData> PodCases() =>
        ExpectedPods.Select(pod => new TestCaseData(pod).SetName($"Samples_{pod.Name.Split('/')[1]}_MatchesExpected"));

    [Test]
    public void Samples_Directory_ExitsZeroWithOneLinePerPodInInputOrder()
    {
        var result = CliRunner.Run("--format", "json", CliRunner.SamplePods);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.JsonLines().Select(line => line.GetProperty("pod").GetString()).ShouldBe(ExpectedPods.Select(pod => pod.Name));
        });
    }

    [Test]
    public void Samples_DefaultRules_SaySoOnStderrOnly()
    {
        var result = CliRunner.Run("--format", "json", CliRunner.SamplePods);

        Assert.Multiple(() =>
        {
            result.ErrorLines.Length.ShouldBe(1);
            result.ErrorLines[0].ShouldBe(
                "armada-classify: no --config given, so using the built-in default rules (9 categories: oom, evicted, " +
                "deadline_exceeded, cuda_error, nccl_error, segfault, aborted, sigkill, user_error)");
        });
    }

    [TestCaseSource(nameof(PodCases))]
    public void Samples_Pod_MatchesExpected(SamplePod expected)
    {
        var line = SampleRun.Value.JsonLineOf(expected.Name);
        var failureInfo = line.GetProperty("failureInfo");

        Assert.Multiple(() =>
        {
            line.GetProperty("phase").GetString().ShouldBe(expected.Phase);
            Strings(line.GetProperty("categories")).ShouldBe(expected.Categories);
            OptionalInt(failureInfo, "exitCode").ShouldBe(expected.ExitCode);
            OptionalString(failureInfo, "containerName").ShouldBe(expected.ContainerName);
            OptionalString(failureInfo, "terminationMessage").ShouldBe(expected.TerminationMessage);
            (failureInfo.TryGetProperty("categories", out var categories) ? Strings(categories) : []).ShouldBe(expected.Categories);
            line.TryGetProperty("matches", out _).ShouldBeFalse();
            line.TryGetProperty("event", out _).ShouldBeFalse();
            line.TryGetProperty("error", out _).ShouldBeFalse();
        });
    }

    [Test]
    public void Samples_YamlFileAlone_ReadsThePod()
    {
        var result = CliRunner.Run("--format", "json", CliRunner.Sample("train-bert-cuda-3f7a1.yaml"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.Lines.Length.ShouldBe(1);
            Strings(result.JsonLines()[0].GetProperty("categories")).ShouldBe(["cuda_error", "user_error"]);
        });
    }

    [Test]
    public void Samples_SeveralPaths_KeepCommandLineOrder()
    {
        var result = CliRunner.Run(
            "--format", "json",
            CliRunner.Sample("train-resnet-oom-7f9c2.json"),
            CliRunner.Sample("sweep-lr-list.json"),
            CliRunner.Sample("etl-evicted-9d3a7.json"));

        result.JsonLines().Select(line => line.GetProperty("pod").GetString()).ShouldBe(
        [
            "ml-research/train-resnet-oom-7f9c2",
            "ml-research/sweep-lr-0001-8c1f0",
            "ml-research/sweep-lr-0002-3a7d5",
            "ml-research/sweep-lr-0003-e42b9",
            "ml-research/sweep-lr-0004-6b0c2",
            "data-eng/etl-evicted-9d3a7",
        ]);
    }

    internal static string[] Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToArray();

    private static int? OptionalInt(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value.GetInt32() : null;

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>What the CLI must report for one sample pod; null exit code, container or message means the key is absent.</summary>
    public sealed record SamplePod(string Name, string Phase, string[] Categories, int? ExitCode, string? ContainerName, string? TerminationMessage)
    {
        public override string ToString() => Name;
    }
}
