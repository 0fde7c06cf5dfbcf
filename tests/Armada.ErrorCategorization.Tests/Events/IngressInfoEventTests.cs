using Armada.ErrorCategorization.Events;
using ArmadaProject.Io.ArmadaEvents;
using k8s.Models;
using Shouldly;
using static Armada.ErrorCategorization.Tests.Events.ManagedPod;

namespace Armada.ErrorCategorization.Tests.Events;

[TestFixture]
public class IngressInfoEventTests
{
    private static V1Service Service(string type, params (int Port, int? NodePort)[] ports) => new()
    {
        Spec = new V1ServiceSpec
        {
            Type = type,
            Ports = ports.Select(port => new V1ServicePort { Port = port.Port, NodePort = port.NodePort }).ToList(),
        },
    };

    private static V1IngressRule Rule(string host, int port) => new()
    {
        Host = host,
        Http = new V1HTTPIngressRuleValue
        {
            Paths =
            [
                new V1HTTPIngressPath
                {
                    Path = "/",
                    PathType = "Prefix",
                    Backend = new V1IngressBackend
                    {
                        Service = new V1IngressServiceBackend { Name = "svc", Port = new V1ServiceBackendPort { Number = port } },
                    },
                },
            ],
        },
    };

    private static V1Ingress Ingress(params V1IngressRule[] rules) => new() { Spec = new V1IngressSpec { Rules = rules } };

    [Test]
    public void CreateJobIngressInfoEvent_ServicesAndIngress_AllFields()
    {
        var services = new[] { Service("NodePort", (8080, 30080), (9090, 30090)), Service("ClusterIP", (7070, null)) };
        var ingresses = new[] { Ingress(Rule("app.example.com", 9090)) };

        var sequence = Factory().CreateJobIngressInfoEvent(Builder("Running").Build(), ClusterId, services, ingresses);

        var expected = new StandaloneIngressInfo
        {
            ObjectMeta = new ObjectMeta { KubernetesId = Uid, Namespace = Namespace, ExecutorId = ClusterId },
            IngressAddresses = { [8080] = "10.0.0.7:30080", [9090] = "app.example.com" },
            NodeName = NodeName,
            PodNumber = PodNumber,
            PodName = Name,
            PodNamespace = Namespace,
            JobId = JobId,
            RunId = RunId,
        };
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { StandaloneIngressInfo = expected }));
        sequence.Events[0].StandaloneIngressInfo.ObjectMeta.Name.ShouldBe("");
    }

    [Test]
    public void CreateJobIngressInfoEvent_RulesWithoutServiceBackend_Skipped()
    {
        var noHttp = new V1IngressRule { Host = "no-http.example.com" };
        var noPaths = new V1IngressRule { Host = "no-paths.example.com", Http = new V1HTTPIngressRuleValue { Paths = [] } };
        var resourceBackend = Rule("resource.example.com", 1);
        resourceBackend.Http.Paths[0].Backend.Service = null;
        var ingresses = new[] { Ingress(noHttp, noPaths, resourceBackend, Rule("ok.example.com", 443)), new V1Ingress() };

        var sequence = Factory().CreateJobIngressInfoEvent(Builder("Running").Build(), ClusterId, [], ingresses);

        var addresses = sequence.Events[0].StandaloneIngressInfo.IngressAddresses;
        addresses.Count.ShouldBe(1);
        addresses[443].ShouldBe("ok.example.com");
    }

    [Test]
    public void CreateJobIngressInfoEvent_NamedBackendPort_PortZero()
    {
        var rule = Rule("named.example.com", 0);
        rule.Http.Paths[0].Backend.Service.Port = new V1ServiceBackendPort { Name = "http" };

        var sequence = Factory().CreateJobIngressInfoEvent(Builder("Running").Build(), ClusterId, [], [Ingress(rule)]);

        sequence.Events[0].StandaloneIngressInfo.IngressAddresses[0].ShouldBe("named.example.com");
    }

    [Test]
    public void CreateJobIngressInfoEvent_OnlyClusterIpService_EmptyAddresses()
    {
        var sequence = Factory().CreateJobIngressInfoEvent(Builder("Running").Build(), ClusterId, [Service("ClusterIP", (80, null))], []);

        sequence.Events[0].StandaloneIngressInfo.IngressAddresses.ShouldBeEmpty();
    }

    private static IEnumerable<TestCaseData> NotAllocatedCases()
    {
        yield return new TestCaseData("", HostIp).SetName("CreateJobIngressInfoEvent_NoNodeName_Throws");
        yield return new TestCaseData(NodeName, null).SetName("CreateJobIngressInfoEvent_NoHostIp_Throws");
    }

    [TestCaseSource(nameof(NotAllocatedCases))]
    public void CreateJobIngressInfoEvent_NotAllocated_Throws(string nodeName, string? hostIp)
    {
        var pod = Builder("Pending").Node(nodeName, hostIp).Build();
        pod.Metadata.Labels.Clear();

        // The node check comes before the id labels, so the missing labels do not show.
        var error = Should.Throw<EventCreationException>(() => Factory().CreateJobIngressInfoEvent(pod, ClusterId, null, null));

        error.Message.ShouldBe(
            $"unable to create ingress info event for pod {Namespace}/{Name} because the pod is not allocated to a node " +
            "(spec.nodeName or status.hostIP is empty). Create the event once the pod has been scheduled.");
    }

    [TestCase(true, false, "services", TestName = "CreateJobIngressInfoEvent_NullServices_Throws")]
    [TestCase(false, true, "ingresses", TestName = "CreateJobIngressInfoEvent_NullIngresses_Throws")]
    public void CreateJobIngressInfoEvent_NullList_Throws(bool nullServices, bool nullIngresses, string named)
    {
        var pod = Builder("Running").Build();
        pod.Metadata.Labels.Clear();

        var error = Should.Throw<EventCreationException>(() => Factory().CreateJobIngressInfoEvent(
            pod, ClusterId, nullServices ? null : [], nullIngresses ? null : []));

        error.Message.ShouldBe(
            $"unable to create ingress info event for pod {Namespace}/{Name} because the associated {named} list is null. " +
            "Pass the services and ingresses created for the run.");
    }

    [Test]
    public void CreateJobIngressInfoEvent_BothEmpty_Throws()
    {
        var pod = Builder("Running").Build();
        pod.Metadata.Labels.Clear();

        var error = Should.Throw<EventCreationException>(() => Factory().CreateJobIngressInfoEvent(pod, ClusterId, [], []));

        error.Message.ShouldBe(
            $"unable to create ingress info event for pod {Namespace}/{Name} because no associated service or ingress was provided. " +
            "Create the event only for runs that have a service or an ingress.");
    }

    [Test]
    public void CreateJobIngressInfoEvent_NullServiceEntry_ThrowsNamingIndex()
    {
        var error = Should.Throw<ArgumentException>(() =>
            Factory().CreateJobIngressInfoEvent(Builder("Running").Build(), ClusterId, [Service("NodePort"), null!], []));

        error.ParamName.ShouldBe("services");
        error.Message.ShouldStartWith("services[1] is null.");
    }

    [Test]
    public void CreateJobIngressInfoEvent_NullIngressEntry_ThrowsNamingIndex()
    {
        var error = Should.Throw<ArgumentException>(() =>
            Factory().CreateJobIngressInfoEvent(Builder("Running").Build(), ClusterId, [], [null!]));

        error.ParamName.ShouldBe("ingresses");
        error.Message.ShouldStartWith("ingresses[0] is null.");
    }
}
