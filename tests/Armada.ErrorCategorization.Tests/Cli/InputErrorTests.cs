using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>
/// Input the CLI cannot read as pods: each problem is one stderr line naming the file, the place
/// and the fix, the exit status is 1, and the other inputs are still classified.
/// </summary>
[TestFixture]
public class InputErrorTests
{
    private const string Hint = "Pass pods as kubectl get pod(s) -o json or -o yaml prints them.";
    private const string OomPod = "ml-research/train-resnet-oom-7f9c2";

    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    // Each expected message follows the path: ": problem", or ":line: problem" where the line is known.
    private static IEnumerable<TestCaseData> WrongDocumentCases()
    {
        yield return new TestCaseData("foo.json", "{\"foo\":1}", ": not a Kubernetes object, because it has no \"kind\" field. " + Hint)
            .SetName("Input_JsonWithoutKind_NamesMissingKind");
        yield return new TestCaseData("deploy.json", "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"}}", ": a Deployment is not a Pod or a List of pods. " + Hint)
            .SetName("Input_JsonDeployment_NamesKind");
        yield return new TestCaseData("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n", ": a Deployment is not a Pod or a List of pods. " + Hint)
            .SetName("Input_YamlDeployment_NamesKind");
        yield return new TestCaseData("array.json", "[{\"kind\":\"Pod\"}]", ": the document is a JSON array, not an object. " + Hint)
            .SetName("Input_JsonArray_AsksForObject");
        yield return new TestCaseData("seq.yaml", "- kind: Pod\n", ":1: the document is a YAML sequence, not a mapping. " + Hint)
            .SetName("Input_YamlSequence_AsksForMapping");
        yield return new TestCaseData("scalar.yaml", "hello\n", ":1: the document is a single value, not a mapping. " + Hint)
            .SetName("Input_YamlScalar_AsksForMapping");
        yield return new TestCaseData("empty.json", " \n", ": the input is empty. " + Hint)
            .SetName("Input_EmptyFile_SaysEmpty");
        yield return new TestCaseData("comment.yaml", "# nothing here\n", ": the document is empty. " + Hint)
            .SetName("Input_CommentOnlyYaml_SaysEmpty");
    }

    [TestCaseSource(nameof(WrongDocumentCases))]
    public void Input_WrongDocument_ReportsAndContinues(string fileName, string content, string expectedMessage)
    {
        var path = temp.Write(fileName, content);

        var result = CliRunner.Run("--format", "json", path, CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines.ShouldContain($"armada-classify: {path}{expectedMessage}");
            result.JsonLines().Single().GetProperty("pod").GetString().ShouldBe(OomPod);
        });
    }

    [Test]
    public void Input_MissingFile_ReportsAndContinues()
    {
        var path = Path.Combine(temp.Path, "missing.json");

        var result = CliRunner.Run("--format", "json", path, CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines.ShouldContain($"armada-classify: {path}: no such file or directory. Check the path, or pass - to read from stdin.");
            result.Lines.Length.ShouldBe(1);
        });
    }

    [Test]
    public void Input_UnreadableFile_ReportsAndContinues()
    {
        // Reading /proc/self/mem from offset 0 fails with an I/O error even for root, who can read
        // any file whose permissions would stop other users.
        Assume.That(OperatingSystem.IsLinux(), "needs Linux /proc");
        const string path = "/proc/self/mem";

        var result = CliRunner.Run("--format", "json", path, CliRunner.Sample("train-resnet-oom-7f9c2.json"));
        var line = result.ErrorLines.Single(error => error.Contains(path, StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            line.ShouldStartWith($"armada-classify: {path}: cannot read the file: ");
            line.ShouldEndWith(". Check that it exists and is readable.");
            result.JsonLines().Single().GetProperty("pod").GetString().ShouldBe(OomPod);
        });
    }

    [Test]
    public void Input_DirectoryWithoutPodFiles_ReportsIt()
    {
        temp.Write("notes.txt", "not a pod");

        var result = CliRunner.Run("--format", "json", temp.Path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines.ShouldContain(
                $"armada-classify: {temp.Path}: the directory has no .json, .yaml or .yml files. Pass a directory of pod files, or the files themselves.");
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Input_MalformedJson_NamesLineAndColumn()
    {
        var path = temp.Write("bad.json", "{\n  \"kind\": \"Pod\",\n  \"metadata\": {\"name\": \"x\",}\n}\n");

        var result = CliRunner.Run("--format", "json", path);
        var line = result.ErrorLines.Single(error => error.Contains("invalid JSON", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            line.ShouldStartWith($"armada-classify: {path}:3:28: invalid JSON: ");
            line.ShouldEndWith("Fix the file, or write it again with kubectl get pod(s) -o json.");
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Input_TrailingDocument_NamesLineAndColumn()
    {
        var path = temp.Write("two.json", "{\"kind\":\"Pod\"} {\"kind\":\"Pod\"}");

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines.ShouldContain(line => line.StartsWith($"armada-classify: {path}:1:16: invalid JSON: ", StringComparison.Ordinal));
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Input_MalformedYaml_NamesLineAndColumn()
    {
        var path = temp.Write("bad.yaml", "kind: Pod\nmetadata:\n  name: [x\n");

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines.ShouldContain(
                $"armada-classify: {path}:4:1: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'. " +
                "Fix the file, or write it again with kubectl get pod(s) -o yaml.");
        });
    }

    [Test]
    public void Input_YamlExitCodeOutOfRange_SaysSo()
    {
        var path = temp.Write("big.yaml",
            "kind: Pod\nmetadata:\n  name: p\nstatus:\n  containerStatuses:\n  - name: m\n    state:\n      terminated:\n        exitCode: 99999999999\n");

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines.ShouldContain(
                $"armada-classify: {path}:9:19: cannot read the pod: a number is out of range for its field " +
                $"(exit codes, for example, are 32-bit signed integers). {Hint}");
        });
    }

    [Test]
    public void Input_WrongFieldType_NamesPath()
    {
        var path = temp.Write("type.json", "{\"kind\":\"Pod\",\"status\":{\"containerStatuses\":[{\"name\":\"m\",\"state\":{\"terminated\":{\"exitCode\":\"abc\"}}}]}}");

        var result = CliRunner.Run("--format", "json", path);
        var line = result.ErrorLines.Single(error => error.Contains("cannot read the pod", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            line.ShouldStartWith($"armada-classify: {path}:1:97: cannot read the pod at $.status.containerStatuses[0].state.terminated.exitCode: ");
            line.ShouldEndWith(Hint);
        });
    }

    [Test]
    public void Input_NonPodListItems_SkippedOthersKept()
    {
        var path = temp.Write(
            "mixed.json",
            "{\"apiVersion\":\"v1\",\"items\":[" +
            "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\",\"namespace\":\"ns\"}}," +
            "{\"kind\":\"Service\",\"metadata\":{\"name\":\"svc\"}}," +
            "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"bad\"},\"status\":{\"containerStatuses\":[{\"name\":\"m\",\"state\":{\"terminated\":{\"exitCode\":\"abc\"}}}]}}," +
            "42," +
            "{\"metadata\":{\"name\":\"b\",\"namespace\":\"ns\"}}" +
            "],\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"\"}}");

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.JsonLines().Select(line => line.GetProperty("pod").GetString()).ShouldBe(["ns/a", "ns/b"]);
            result.ErrorLines.ShouldContain(
                $"armada-classify: {path}: items[1] is a Service, not a Pod, so it was skipped. List only pods, as kubectl get pods -o json does.");
            result.ErrorLines.ShouldContain(line => line.StartsWith($"armada-classify: {path}:1:", StringComparison.Ordinal)
                && line.Contains(": items[2]: cannot read the pod at $.status.containerStatuses[0].state.terminated.exitCode: ", StringComparison.Ordinal));
            result.ErrorLines.ShouldContain($"armada-classify: {path}: items[3] is a JSON number, not a pod object, so it was skipped.");
        });
    }

    [Test]
    public void Input_EmptyList_ExitsZeroWithNoLines()
    {
        var path = temp.Write("none.json", "{\"apiVersion\":\"v1\",\"items\":[],\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"\"}}");

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.Stdout.ShouldBe(string.Empty);
        });
    }

    [Test]
    public void Input_StdinJsonList_ReadsEveryPod()
    {
        var list = File.ReadAllText(CliRunner.Sample("sweep-lr-list.json"));

        var result = CliRunner.RunWithStdin(list, "--format", "json", "-");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.JsonLines().Select(line => line.GetProperty("pod").GetString()).ShouldBe(
                ["ml-research/sweep-lr-0001-8c1f0", "ml-research/sweep-lr-0002-3a7d5", "ml-research/sweep-lr-0003-e42b9", "ml-research/sweep-lr-0004-6b0c2"]);
        });
    }

    [Test]
    public void Input_StdinYamlPod_DetectsYaml()
    {
        var yaml = File.ReadAllText(CliRunner.Sample("sim-deadline-5e8f0.yaml"));

        var result = CliRunner.RunWithStdin(yaml, "--format", "json", "-");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.JsonLines().Single().GetProperty("pod").GetString().ShouldBe("physics/sim-deadline-5e8f0");
            SamplePodsTests.Strings(result.JsonLines().Single().GetProperty("categories")).ShouldBe(["deadline_exceeded"]);
        });
    }

    [Test]
    public void Input_StdinMalformed_NamesStdin()
    {
        var result = CliRunner.RunWithStdin("{\"kind\": \"Pod\",", "--format", "json", "-");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.ErrorLines.ShouldContain(line => line.StartsWith("armada-classify: stdin:1:", StringComparison.Ordinal)
                && line.Contains(": invalid JSON: ", StringComparison.Ordinal));
        });
    }

    [Test]
    public void Input_ByteOrderMark_Ignored()
    {
        var path = Path.Combine(temp.Path, "bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(CliRunner.Sample("train-resnet-oom-7f9c2.json"))]);

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.JsonLines().Single().GetProperty("pod").GetString().ShouldBe(OomPod);
        });
    }

    [Test]
    public void Input_MultiDocumentYaml_ReadsEachDocument()
    {
        var first = File.ReadAllText(CliRunner.Sample("sim-deadline-5e8f0.yaml"));
        var second = File.ReadAllText(CliRunner.Sample("train-bert-cuda-3f7a1.yaml"));
        var path = temp.Write("two.yaml", first + "---\n# only a comment\n---\n" + second + "---\n");

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.JsonLines().Select(line => line.GetProperty("pod").GetString()).ShouldBe(["physics/sim-deadline-5e8f0", "ml-research/train-bert-cuda-3f7a1"]);
        });
    }

    [Test]
    public void Input_MultiDocumentYaml_AbsoluteLines()
    {
        var pod = File.ReadAllText(CliRunner.Sample("sim-deadline-5e8f0.yaml"));
        var podLines = pod.Count(character => character == '\n');
        var broken = "kind: Pod\nstatus:\n  containerStatuses:\n  - name: m\n    state:\n      terminated:\n        exitCode: abc\n";
        var path = temp.Write("mixed.yaml", pod + "---\n- not a pod\n---\n" + broken);

        var result = CliRunner.Run("--format", "json", path);

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.Lines.Length.ShouldBe(1);
            result.ErrorLines.ShouldContain($"armada-classify: {path}:{podLines + 1}: the document is a YAML sequence, not a mapping. {Hint}");
            result.ErrorLines.ShouldContain(line => line.StartsWith($"armada-classify: {path}:{podLines + 10}:19: cannot read the pod: ", StringComparison.Ordinal));
        });
    }
}
