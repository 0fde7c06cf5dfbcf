namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>Stops reading a config that exceeded a limit. The loader catches it and reports the errors so far.</summary>
internal sealed class ReadAbortedException : Exception
{
    public ReadAbortedException()
        : base("reading the error-category config stopped at a limit")
    {
    }
}
