namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// The keys of the <c>failure_info</c> JSON object, as Armada's Lookout ingester writes them and its
/// REST API reads them. Matched case-sensitively.
/// </summary>
internal static class FailureInfoJsonKeys
{
    public const string Categories = "categories";
    public const string ContainerName = "containerName";
    public const string ExitCode = "exitCode";
    public const string TerminationMessage = "terminationMessage";
}
