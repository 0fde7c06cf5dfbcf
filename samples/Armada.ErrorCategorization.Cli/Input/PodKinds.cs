namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>The top-level <c>kind</c> values the CLI accepts, and the wording of its input errors.</summary>
internal static class PodKinds
{
    /// <summary>A single pod, as <c>kubectl get pod NAME -o json</c> prints it.</summary>
    public const string Pod = "Pod";

    /// <summary>Tells the user what input the CLI reads.</summary>
    public const string Hint = "Pass pods as kubectl get pod(s) -o json or -o yaml prints them.";

    /// <summary>
    /// Whether <paramref name="kind"/> is a list of pods: <c>List</c>, which kubectl prints for
    /// <c>get pods</c>, or <c>PodList</c>, which the API server returns.
    /// </summary>
    public static bool IsList(string? kind) => kind is "List" or "PodList";

    /// <summary>
    /// Whether a list item of <paramref name="kind"/> is a pod. API list responses leave the items'
    /// <c>kind</c> out, so a missing kind counts as a pod.
    /// </summary>
    public static bool IsPodItem(string? kind) => string.IsNullOrEmpty(kind) || kind == Pod;

    /// <summary>Describes the problem with a top-level <paramref name="kind"/> that is neither a pod nor a list.</summary>
    public static string DescribeWrongKind(string source, string? kind) =>
        kind is null
            ? $"{source}: not a Kubernetes object, because it has no \"kind\" field. {Hint}"
            : $"{source}: a {kind} is not a Pod or a List of pods. {Hint}";

    /// <summary>Describes a list item that is not a pod.</summary>
    public static string DescribeWrongItem(string source, int index, string kind) =>
        $"{source}: items[{index}] is a {kind}, not a Pod, so it was skipped. List only pods, as kubectl get pods -o json does.";
}
