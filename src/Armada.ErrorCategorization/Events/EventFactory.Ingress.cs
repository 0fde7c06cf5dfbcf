using Armada.ErrorCategorization.Text;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf.Collections;
using k8s.Models;
using Event = ArmadaProject.Io.ArmadaEvents.EventSequence.Types.Event;

namespace Armada.ErrorCategorization.Events;

// The event with the addresses at which a run's services and ingresses can be reached.
public sealed partial class EventFactory
{
    /// <summary>
    /// Builds a <see cref="StandaloneIngressInfo"/> event with the addresses at which the run's
    /// services and ingresses can be reached.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The addresses map a port to an address. Each port of a service of type <c>NodePort</c> maps
    /// to <c>&lt;hostIP&gt;:&lt;nodePort&gt;</c>, and services of other types are ignored. Then each
    /// ingress rule maps the port number of its first HTTP path's service backend to the rule's host,
    /// so for the same port an ingress wins over a service. A backend that names its port instead of
    /// numbering it gives port 0, as in Armada.
    /// </para>
    /// <para>
    /// A rule without <c>http</c>, without paths, or whose first path has no service backend is
    /// skipped. Armada's Go executor crashes on such a rule.
    /// </para>
    /// <para>
    /// The object meta has the pod's UID and namespace and <paramref name="clusterId"/>, but no name.
    /// The checks run in Armada's order: node, null lists, empty lists, then the id labels.
    /// </para>
    /// </remarks>
    /// <param name="pod">The pod of the run.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <param name="services">The services created for the run.</param>
    /// <param name="ingresses">The ingresses created for the run.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/> or <paramref name="clusterId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="services"/> or <paramref name="ingresses"/> contains a null entry.</exception>
    /// <exception cref="EventCreationException">
    /// The pod has no node name or host IP yet, <paramref name="services"/> or <paramref name="ingresses"/>
    /// is null, both are empty, or the job id or run id label is missing.
    /// </exception>
    public EventSequence CreateJobIngressInfoEvent(
        V1Pod pod, string clusterId, IReadOnlyList<V1Service>? services, IReadOnlyList<V1Ingress>? ingresses)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(clusterId);

        var nodeName = NodeName(pod);
        var hostIp = WellFormedText.Of(pod.Status?.HostIP);
        var described = PodMetadata.Describe(pod);
        if (nodeName.Length == 0 || hostIp.Length == 0)
        {
            throw new EventCreationException(
                $"unable to create ingress info event for pod {described} because the pod is not allocated to a node " +
                "(spec.nodeName or status.hostIP is empty). Create the event once the pod has been scheduled.");
        }

        if (services is null || ingresses is null)
        {
            var missing = services is null ? nameof(services) : nameof(ingresses);
            throw new EventCreationException(
                $"unable to create ingress info event for pod {described} because the associated {missing} list is null. " +
                "Pass the services and ingresses created for the run.");
        }

        if (services.Count == 0 && ingresses.Count == 0)
        {
            throw new EventCreationException(
                $"unable to create ingress info event for pod {described} because no associated service or ingress was provided. " +
                "Create the event only for runs that have a service or an ingress.");
        }

        var (jobId, runId) = PodMetadata.GetIds(pod);
        var ingressInfo = new StandaloneIngressInfo
        {
            ObjectMeta = new ObjectMeta
            {
                KubernetesId = WellFormedText.Of(pod.Metadata?.Uid),
                Namespace = WellFormedText.Of(pod.Metadata?.NamespaceProperty),
                ExecutorId = clusterId,
            },
            NodeName = nodeName,
            PodNumber = PodMetadata.GetPodNumber(pod),
            PodName = WellFormedText.Of(pod.Metadata?.Name),
            PodNamespace = WellFormedText.Of(pod.Metadata?.NamespaceProperty),
            JobId = jobId,
            RunId = runId,
        };
        AddServiceAddresses(ingressInfo.IngressAddresses, services, hostIp);
        AddIngressAddresses(ingressInfo.IngressAddresses, ingresses);

        return NewSequence(pod, new Event { StandaloneIngressInfo = ingressInfo });
    }

    private static void AddServiceAddresses(MapField<int, string> addresses, IReadOnlyList<V1Service> services, string hostIp)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var service = services[i] ?? throw new ArgumentException(
                $"services[{i}] is null. Pass only the services created for the run.", nameof(services));
            if (service.Spec?.Type != "NodePort" || service.Spec.Ports is null)
            {
                continue;
            }

            foreach (var port in service.Spec.Ports)
            {
                if (port is not null)
                {
                    addresses[port.Port] = $"{hostIp}:{port.NodePort ?? 0}";
                }
            }
        }
    }

    private static void AddIngressAddresses(MapField<int, string> addresses, IReadOnlyList<V1Ingress> ingresses)
    {
        for (var i = 0; i < ingresses.Count; i++)
        {
            var ingress = ingresses[i] ?? throw new ArgumentException(
                $"ingresses[{i}] is null. Pass only the ingresses created for the run.", nameof(ingresses));
            if (ingress.Spec?.Rules is null)
            {
                continue;
            }

            foreach (var rule in ingress.Spec.Rules)
            {
                var paths = rule?.Http?.Paths;
                var backend = paths is { Count: > 0 } ? paths[0]?.Backend?.Service : null;
                if (backend is null)
                {
                    continue;
                }

                addresses[backend.Port?.Number ?? 0] = WellFormedText.Of(rule!.Host);
            }
        }
    }
}
