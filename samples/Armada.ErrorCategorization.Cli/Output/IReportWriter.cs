using Armada.ErrorCategorization.Cli.Reporting;

namespace Armada.ErrorCategorization.Cli.Output;

/// <summary>Writes pod reports to stdout in one output format.</summary>
internal interface IReportWriter : IDisposable
{
    /// <summary>Writes, or buffers, the report for one pod.</summary>
    void Write(PodReport report);

    /// <summary>Writes whatever is buffered; called once, after the last report.</summary>
    void Complete();
}
