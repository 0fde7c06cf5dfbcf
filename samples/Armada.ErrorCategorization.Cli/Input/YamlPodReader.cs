using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using YamlDotNet.Core;

namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>
/// Reads a YAML stream of pods or lists of pods, with KubernetesClient's YAML mapping. Documents
/// separated by <c>---</c> are read in order, and documents without content are skipped.
/// </summary>
/// <remarks>NOTE: a YAML list is deserialized whole, unlike a JSON list, so very large lists are better given as JSON.</remarks>
internal static partial class YamlPodReader
{
    /// <summary>Reads the pods in <paramref name="yaml"/>.</summary>
    /// <param name="source">The file name or <c>stdin</c>, used in error messages.</param>
    /// <param name="yaml">The whole stream.</param>
    /// <returns>One entry per pod, or an error entry for each document that is not a pod or a list.</returns>
    public static IEnumerable<PodInput> Read(string source, string yaml)
    {
        List<YamlDocument> documents;
        try
        {
            documents = YamlDocument.Split(yaml);
        }
        catch (YamlException exception)
        {
            return [PodInput.Failed(source, DescribeInvalidYaml(source, exception, lineOffset: 0))];
        }

        var withContent = documents.Where(document => !document.IsEmpty).ToList();
        if (withContent.Count == 0)
        {
            return [PodInput.Failed(source, $"{source}: {YamlDocument.EmptyProblem} {PodKinds.Hint}")];
        }

        return withContent.SelectMany(document => ReadDocument(source, document));
    }

    private static IEnumerable<PodInput> ReadDocument(string source, YamlDocument document)
    {
        if (document.RootProblem is not null)
        {
            return [PodInput.Failed(source, $"{source}:{document.FirstLine}: {document.RootProblem} {PodKinds.Hint}")];
        }

        var lineOffset = document.FirstLine - 1;
        KubernetesObject header;
        try
        {
            header = KubernetesYaml.Deserialize<KubernetesObject>(document.Text);
        }
        catch (YamlException exception)
        {
            return [PodInput.Failed(source, DescribeUnreadablePod(source, exception, lineOffset))];
        }

        if (header.Kind == PodKinds.Pod)
        {
            return [ReadPod(source, document.Text, lineOffset)];
        }

        return PodKinds.IsList(header.Kind)
            ? ReadList(source, document.Text, lineOffset)
            : [PodInput.Failed(source, PodKinds.DescribeWrongKind(source, header.Kind))];
    }

    private static PodInput ReadPod(string source, string yaml, int lineOffset)
    {
        try
        {
            return PodInput.Read(source, KubernetesYaml.Deserialize<V1Pod>(yaml));
        }
        catch (YamlException exception)
        {
            return PodInput.Failed(source, DescribeUnreadablePod(source, exception, lineOffset));
        }
    }

    private static IEnumerable<PodInput> ReadList(string source, string yaml, int lineOffset)
    {
        V1PodList list;
        try
        {
            list = KubernetesYaml.Deserialize<V1PodList>(yaml);
        }
        catch (YamlException exception)
        {
            return [PodInput.Failed(source, DescribeUnreadablePod(source, exception, lineOffset))];
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

    private static string DescribeInvalidYaml(string source, YamlException exception, int lineOffset) =>
        $"{source}{Position(exception, lineOffset)}: invalid YAML: {Explain(exception)} Fix the file, or write it again with kubectl get pod(s) -o yaml.";

    private static string DescribeUnreadablePod(string source, YamlException exception, int lineOffset) =>
        $"{source}{Position(exception, lineOffset)}: cannot read the pod: {Explain(exception)} {PodKinds.Hint}";

    // A document is deserialized from its own text, so its positions are shifted to the whole stream's lines.
    private static string Position(YamlException exception, int lineOffset) =>
        exception.Start.Line > 0 ? $":{exception.Start.Line + lineOffset}:{exception.Start.Column}" : string.Empty;

    // YamlDotNet starts its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " and may end
    // them with "(at Line: 3, Col: 5, Idx: 20)", which the caller reports in its own form. A failed
    // conversion has only the message "Exception during deserialization" and keeps its cause in the
    // inner exception.
    private static string Explain(YamlException exception)
    {
        if (exception.InnerException is OverflowException)
        {
            return "a number is out of range for its field (exit codes, for example, are 32-bit signed integers).";
        }

        var message = exception.InnerException?.Message ?? exception.Message;
        message = PositionPrefix().Replace(message, string.Empty);
        message = PositionSuffix().Replace(message, string.Empty).Trim();
        return message.EndsWith('.') ? message : message + ".";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();

    [GeneratedRegex(@"\s*\(at Line: \d+, Col: \d+, Idx: \d+\)\.?$")]
    private static partial Regex PositionSuffix();
}
