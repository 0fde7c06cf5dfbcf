using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using Armada.ErrorCategorization.Tests.Support;
using k8s.Models;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>The sample configs under samples/config, and the end-to-end config Armada tests with.</summary>
public sealed class ClassifierConfigLoaderSampleTests
{
    private static readonly string DefaultRulesPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "config", "default-rules.yaml");
    private static readonly string ExecutorConfigPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "config", "executor-config.yaml");

    /// <summary>The categories of Armada's end-to-end executor config, with its other sections trimmed.</summary>
    private const string EndToEndConfig = """
        application:
          clusterId: e2e-test-cluster
          errorCategories:
            - name: oom
              rules:
                - onConditions: ["OOMKilled"]
            - name: user_error
              rules:
                - onExitCodes:
                    operator: In
                    values: [1, 2, 126, 127]
        """;

    [Test]
    public void DefaultRules_Load_HasExpectedCategories()
    {
        var classifier = ClassifierConfigLoader.CreateClassifierFromFile(DefaultRulesPath);

        classifier.CategoryNames.ShouldBe([
            "oom", "evicted", "deadline_exceeded", "cuda_error", "nccl_error", "segfault", "aborted", "sigkill", "user_error",
        ]);
    }

    private static IEnumerable<TestCaseData> DefaultRulesPods()
    {
        yield return Case("OOM kill", new PodBuilder().Terminated("main", 137, reason: "OOMKilled"), "oom", "sigkill");
        yield return Case("other SIGKILL", new PodBuilder().Terminated("main", 137, reason: "Error"), "sigkill");
        yield return Case("eviction", new PodBuilder().PodReason("Evicted", "The node was low on resource: memory."), "evicted");
        yield return Case("deadline", new PodBuilder().PodReason("DeadlineExceeded"), "deadline_exceeded");
        yield return Case("CUDA error from PyTorch", new PodBuilder().Terminated("main", 1, message: "RuntimeError: CUDA error: out of memory\n"), "cuda_error", "user_error");
        yield return Case("CUDA out of memory", new PodBuilder().Terminated("main", 1, message: "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB"), "cuda_error", "user_error");
        yield return Case("CUDA runtime error name", new PodBuilder().Terminated("main", 134, message: "an illegal memory access (cudaErrorIllegalAddress)"), "cuda_error", "aborted");
        yield return Case("cuBLAS status", new PodBuilder().Terminated("main", 1, message: "CUBLAS_STATUS_EXECUTION_FAILED when calling cublasSgemm"), "cuda_error", "user_error");
        yield return Case("missing GPU", new PodBuilder().Terminated("main", 1, message: "no CUDA-capable device is detected"), "cuda_error", "user_error");
        yield return Case("NCCL error", new PodBuilder().Terminated("worker", 1, message: "NCCL error in: ProcessGroupNCCL.cpp:1191, unhandled system error, NCCL version 2.18.1\nncclSystemError: System call failed"), "nccl_error", "user_error");
        yield return Case("NCCL warning", new PodBuilder().Terminated("worker", 1, message: "node-3:412:512 [0] NCCL WARN Net : Connection closed by remote peer"), "nccl_error", "user_error");
        yield return Case("NCCL watchdog timeout", new PodBuilder().Terminated("worker", 6, message: "[Rank 3] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=42, OpType=ALLREDUCE)"), "nccl_error");
        yield return Case("segfault", new PodBuilder().Terminated("main", 139), "segfault");
        yield return Case("command not found in init container", new PodBuilder().InitTerminated("setup", 127, message: "sh: train.sh: not found"), "user_error");
        yield return Case("unlisted exit code", new PodBuilder().Terminated("main", 3), []);
        yield return Case("restarted and running", new PodBuilder().RunningAfterFailure("main", 137, lastReason: "OOMKilled"), []);
    }

    [TestCaseSource(nameof(DefaultRulesPods))]
    public void DefaultRules_Classify_GivesCategories(V1Pod pod, string[] expected)
    {
        var classifier = ClassifierConfigLoader.CreateClassifierFromFile(DefaultRulesPath);

        classifier.Classify(pod).ShouldBe(expected);
    }

    [Test]
    public void ExecutorConfigSample_Load_HasEndToEndCategories()
    {
        var classifier = ClassifierConfigLoader.CreateClassifierFromFile(ExecutorConfigPath);

        classifier.CategoryNames.ShouldBe(["oom", "user_error"]);
    }

    [Test]
    public void ExecutorConfigSample_Parse_ReadsRulesExactly()
    {
        var categories = ClassifierConfigLoader.Parse(File.ReadAllText(ExecutorConfigPath));

        CategoryText.Render(categories).ShouldBe("oom: conditions(OOMKilled); user_error: exitCodes(In 1,2,126,127)");
    }

    private static IEnumerable<TestCaseData> EndToEndPods()
    {
        yield return Case("OOM kill", new PodBuilder().Terminated("main", 137, reason: "OOMKilled"), "oom");
        yield return Case("exit 1", new PodBuilder().Terminated("main", 1), "user_error");
        yield return Case("exit 127", new PodBuilder().Terminated("main", 127), "user_error");
        yield return Case("OOM kill of a script exiting 2", new PodBuilder().Terminated("main", 2, reason: "OOMKilled"), "oom", "user_error");
        yield return Case("exit 137 without OOM", new PodBuilder().Terminated("main", 137), []);
        yield return Case("eviction", new PodBuilder().PodReason("Evicted"), []);
    }

    [TestCaseSource(nameof(EndToEndPods))]
    public void EndToEndConfig_Classify_GivesCategories(V1Pod pod, string[] expected)
    {
        var classifier = ClassifierConfigLoader.CreateClassifier(EndToEndConfig);

        classifier.Classify(pod).ShouldBe(expected);
    }

    [TestCaseSource(nameof(EndToEndPods))]
    public void ExecutorConfigSample_Classify_MatchesEndToEndConfig(V1Pod pod, string[] expected)
    {
        var classifier = ClassifierConfigLoader.CreateClassifierFromFile(ExecutorConfigPath);

        classifier.Classify(pod).ShouldBe(expected);
    }

    private static TestCaseData Case(string name, PodBuilder pod, params string[] expected) =>
        new TestCaseData(pod.Build(), expected).SetArgDisplayNames(name);
}
