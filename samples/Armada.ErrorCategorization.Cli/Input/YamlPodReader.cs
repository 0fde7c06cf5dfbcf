using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>Reads a YAML document holding one pod or a list of pods, with KubernetesClient's YAML mapping.</summary>
/// <remarks>
/// NOTE: a YAML list is deserialized whole, unlike a JSON list, so very large lists are better
/// given as JSON. Only the first document of a multi-document file is read.
/// </remarks>
internal static partial class YamlPodReader
{
    /// <summary>Reads the pods in <paramref name="yaml"/>.</summary>
    /// <param name="source">The file name or <c>stdin</c>, used in error messages.</param>
    /// <param name="yaml">The whole document.</param>
    /// <returns>One entry per pod, or one error entry for a document that is not a pod or a list.</returns>
    public static IEnumerable<PodInput> Read(string source, string yaml)
    {
        KubernetesObject? header;
        try
        {
            var rootProblem = DescribeRoot(yaml);
            if (rootProblem is not null)
            {
                return [PodInput.Failed(source, $"{source}: {rootProblem} {PodKinds.Hint}")];
            }

            header = KubernetesYaml.Deserialize<KubernetesObject>(yaml);
        }
        catch (YamlException exception)
        {
            return [PodInput.Failed(source, DescribeInvalidYaml(source, exception))];
        }

        if (header.Kind == PodKinds.Pod)
        {
            return [ReadPod(source, yaml)];
        }

        return PodKinds.IsList(header.Kind)
            ? ReadList(source, yaml)
            : [PodInput.Failed(source, PodKinds.DescribeWrongKind(source, header.Kind))];
    }

    /// <summary>
    /// Reads only the first events of the document to check that its root is a mapping, so that a
    /// list or a single value gets a clear message instead of a failed cast.
    /// </summary>
    /// <returns>The problem, or <see langword="null"/> when the root is a mapping.</returns>
    /// <exception cref="YamlException">The start of the document is not valid YAML.</exception>
    private static string? DescribeRoot(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _))
        {
            return "the document is empty.";
        }

        return parser.Current switch
        {
            MappingStart => null,
            SequenceStart => "the document is a YAML sequence, not a mapping.",
            Scalar { Value.Length: 0 } => "the document is empty.",
            _ => "the document is a single value, not a mapping.",
        };
    }

    private static PodInput ReadPod(string source, string yaml)
    {
        try
        {
            return PodInput.Read(source, KubernetesYaml.Deserialize<V1Pod>(yaml));
        }
        catch (YamlException exception)
        {
            return PodInput.Failed(source, DescribeUnreadablePod(source, exception));
        }
    }

    private static IEnumerable<PodInput> ReadList(string source, string yaml)
    {
        V1PodList list;
        try
        {
            list = KubernetesYaml.Deserialize<V1PodList>(yaml);
        }
        catch (YamlException exception)
        {
            return [PodInput.Failed(source, DescribeUnreadablePod(source, exception))];
        }

        var items = list.Items ?? [];
        return items.Select((pod, index) =>
        {
            var itemSource = $"{source} items[{index}]";
            if (pod is null)
            {
                return PodInput.Failed(itemSource, $"{source}: items[{index}] is empty, so it was skipped.");
            }

            return PodKinds.IsPodItem(pod.Kind)
                ? PodInput.Read(itemSource, pod)
                : PodInput.Failed(itemSource, PodKinds.DescribeWrongItem(source, index, pod.Kind));
        });
    }

    private static string DescribeInvalidYaml(string source, YamlException exception) =>
        $"{source}{Position(exception)}: invalid YAML: {Explain(exception)} Fix the file, or write it again with kubectl get pod(s) -o yaml.";

    private static string DescribeUnreadablePod(string source, YamlException exception) =>
        $"{source}{Position(exception)}: cannot read the pod: {Explain(exception)} {PodKinds.Hint}";

    private static string Position(YamlException exception) =>
        exception.Start.Line > 0 ? $":{exception.Start.Line}:{exception.Start.Column}" : string.Empty;

    // YamlDotNet starts its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): ", which the
    // caller reports in its own form. A failed conversion has only the message "Exception during
    // deserialization" and keeps its cause in the inner exception.
    private static string Explain(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        message = PositionPrefix().Replace(message, string.Empty).Trim();
        return message.EndsWith('.') ? message : message + ".";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
