using Armada.ErrorCategorization.Events;
using CsCheck;
using k8s;
using k8s.Models;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// CsCheck generators for pods of every shape the Kubernetes client model allows: null status, null
/// or empty container lists, null entries, null states, terminated states without a reason, exit
/// codes from int.MinValue to int.MaxValue, and null or empty names.
/// </summary>
internal static class PodGen
{
    /// <summary>Container names, with the two a rule can scope to (main, sidecar) drawn most often.</summary>
    public static readonly Gen<string?> ContainerName =
        Gen.Frequency<string?>((4, "main"), (3, "sidecar"), (2, "init"), (1, ""), (1, null));

    /// <summary>Exit codes: zero, the codes rules list, negatives and both ends of the int32 range.</summary>
    public static readonly Gen<int> ExitCode = Gen.Frequency(
        (4, Gen.OneOf(Gen.Const(0), Gen.Const(1), Gen.Const(2), Gen.Const(137), Gen.Const(-1))),
        (2, Gen.OneOf(Gen.Const(int.MinValue), Gen.Const(int.MaxValue), Gen.Const(int.MinValue + 1), Gen.Const(255))),
        (2, Gen.Int));

    /// <summary>Terminated reasons: Kubernetes' own, a wrong-case OOMKilled, empty and null.</summary>
    public static readonly Gen<string?> TerminatedReason =
        Gen.Frequency<string?>((3, "OOMKilled"), (3, "Error"), (1, "Completed"), (1, "oomkilled"), (1, ""), (2, null));

    /// <summary>Termination messages, mostly ones the rule patterns in <see cref="RuleGen"/> can match.</summary>
    public static readonly Gen<string?> Message = Gen.Frequency(
        (6, Gen.OneOf<string?>(
            Gen.Const<string?>("boom"),
            Gen.Const<string?>("CUDA error: out of memory"),
            Gen.Const<string?>("Killed by signal 9"),
            Gen.Const<string?>("exit status 127"),
            Gen.Const<string?>("line one\nline two\n"),
            Gen.Const<string?>("Ошибка: CUDA out of memory \U0001F525"),
            Gen.Const<string?>(""),
            Gen.Const(default(string?)))),
        (2, Gen.String[0, 40].Select(text => (string?)text)));

    /// <summary>Pod-level reasons, including the two pod conditions and near misses.</summary>
    public static readonly Gen<string?> PodReason = Gen.Frequency<string?>(
        (3, null), (2, "Evicted"), (2, "DeadlineExceeded"), (1, "evicted"), (1, "OOMKilled"), (1, ""), (1, "NodeLost"));

    public static readonly Gen<V1ContainerStateTerminated> Terminated =
        Gen.Select(ExitCode, TerminatedReason, Message, (code, reason, message) =>
            new V1ContainerStateTerminated { ExitCode = code, Reason = reason, Message = message });

    /// <summary>Current states: terminated most often, then running, waiting, empty and null.</summary>
    public static readonly Gen<V1ContainerState?> State = Gen.Frequency(
        (6, Terminated.Select(terminated => (V1ContainerState?)new V1ContainerState { Terminated = terminated })),
        (1, Gen.Const<V1ContainerState?>(() => new V1ContainerState { Running = new V1ContainerStateRunning() })),
        (1, Gen.Const<V1ContainerState?>(() => new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = "CrashLoopBackOff" } })),
        (1, Gen.Const<V1ContainerState?>(() => new V1ContainerState())),
        (1, Gen.Const(default(V1ContainerState))));

    /// <summary>A container status, sometimes with a failure in <c>lastState</c> that no helper may read.</summary>
    public static readonly Gen<V1ContainerStatus?> ContainerStatus = Gen.Frequency(
        (9, Gen.Select(ContainerName, State, Terminated.Null(0.7), (name, state, last) => (V1ContainerStatus?)new V1ContainerStatus
        {
            Name = name,
            State = state,
            LastState = last is null ? null : new V1ContainerState { Terminated = last },
        })),
        (1, Gen.Const(default(V1ContainerStatus))));

    /// <summary>A status list: null, empty, or up to four entries, null entries included.</summary>
    public static readonly Gen<IList<V1ContainerStatus>?> StatusList = Gen.Frequency(
        (1, Gen.Const(default(IList<V1ContainerStatus>))),
        (1, Gen.Const<IList<V1ContainerStatus>?>(() => new List<V1ContainerStatus>())),
        (6, ContainerStatus.List[1, 4].Select(list => (IList<V1ContainerStatus>?)list.Select(status => status!).ToList())));

    public static readonly Gen<V1PodStatus?> Status = Gen.Frequency(
        (1, Gen.Const(default(V1PodStatus))),
        (9, Gen.Select(PodReason, StatusList, StatusList, (reason, regular, init) => (V1PodStatus?)new V1PodStatus
        {
            Phase = "Failed",
            Reason = reason,
            ContainerStatuses = regular,
            InitContainerStatuses = init,
        })));

    public static readonly Gen<V1ObjectMeta?> Metadata = Gen.Frequency(
        (1, Gen.Const(default(V1ObjectMeta))),
        (1, Gen.Const<V1ObjectMeta?>(() => new V1ObjectMeta())),
        (3, Gen.Const<V1ObjectMeta?>(() => new V1ObjectMeta
        {
            Name = "armada-job-0",
            NamespaceProperty = "team-a",
            Labels = new Dictionary<string, string> { [PodMetadataKeys.JobId] = "job-1", [PodMetadataKeys.RunId] = "run-1" },
        })));

    /// <summary>A pod of any shape; one in twenty is null.</summary>
    public static readonly Gen<V1Pod?> Pod = Gen.Frequency(
        (1, Gen.Const(default(V1Pod))),
        (19, Gen.Select(Metadata, Status, (metadata, status) => (V1Pod?)new V1Pod { Metadata = metadata, Status = status })));

    /// <summary>Prints a pod as JSON for CsCheck's failure report.</summary>
    public static string Print(V1Pod? pod) => pod is null ? "null pod" : KubernetesJson.Serialize(pod);
}
