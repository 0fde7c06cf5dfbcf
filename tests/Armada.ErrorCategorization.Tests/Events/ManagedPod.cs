using Armada.ErrorCategorization.Events;
using Armada.ErrorCategorization.Tests.Support;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf.WellKnownTypes;

namespace Armada.ErrorCategorization.Tests.Events;

/// <summary>
/// A pod as an Armada executor creates it, with every label and annotation the event factory reads,
/// and the values the tests expect on the events built from it.
/// </summary>
internal static class ManagedPod
{
    public const string JobId = "01hx3k9q5v7s8t2m4n6p8r0w1y";
    public const string RunId = "4f1c2b7e-9a3d-4e5f-8b6a-0c1d2e3f4a5b";
    public const string Queue = "research";
    public const string JobSet = "nightly-training";
    public const string Pool = "gpu";
    public const string Name = "armada-01hx3k9q5v7s8t2m4n6p8r0w1y-0";
    public const string Namespace = "team-a";
    public const string Uid = "8a9f0c3e-5d1b-4c2a-9e7f-1b2c3d4e5f60";
    public const string NodeName = "node-7";
    public const string HostIp = "10.0.0.7";
    public const int PodNumber = 2;
    public const string ClusterId = "cluster-eu-1";

    /// <summary>The instant the tests' <see cref="FixedTimeProvider"/> returns: 2024-05-06T07:08:09.1234567Z.</summary>
    public static readonly DateTimeOffset Now = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1234567);

    /// <summary><see cref="Now"/> as the events carry it, written out by hand.</summary>
    public static Timestamp Created => new() { Seconds = 1714979289, Nanos = 123456700 };

    public static EventFactory Factory() => new(new FixedTimeProvider(Now));

    public static PodBuilder Builder(string phase = "Failed") => new PodBuilder()
        .Named(Name, Namespace)
        .Phase(phase)
        .Label(PodMetadataKeys.JobId, JobId)
        .Label(PodMetadataKeys.RunId, RunId)
        .Label(PodMetadataKeys.Queue, Queue)
        .Label(PodMetadataKeys.PodNumber, PodNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Annotation(PodMetadataKeys.JobSetId, JobSet)
        .Annotation(PodMetadataKeys.Pool, Pool)
        .Node(NodeName, HostIp);

    /// <summary>The object meta that events carry for the pod itself.</summary>
    public static ObjectMeta PodMeta => new() { KubernetesId = Uid, Name = Name, Namespace = Namespace, ExecutorId = ClusterId };

    /// <summary>Wraps <paramref name="event"/> as the factory does: one event, stamped with <see cref="Created"/>.</summary>
    public static EventSequence Sequence(EventSequence.Types.Event @event, string queue = Queue, string jobSet = JobSet)
    {
        @event.Created = Created;
        return new EventSequence { Queue = queue, JobSetName = jobSet, Events = { @event } };
    }
}
