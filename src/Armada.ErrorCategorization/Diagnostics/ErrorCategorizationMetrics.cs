using System.Diagnostics.Metrics;

namespace Armada.ErrorCategorization.Diagnostics;

/// <summary>
/// The library's metrics, published through <see cref="System.Diagnostics.Metrics"/> on one meter.
/// Subscribe with OpenTelemetry's <c>AddMeter(ErrorCategorizationMetrics.MeterName)</c> or a <see cref="MeterListener"/>.
/// </summary>
public static class ErrorCategorizationMetrics
{
    /// <summary>Name of the library's <see cref="Meter"/>.</summary>
    public const string MeterName = "Armada.ErrorCategorization";

    /// <summary>
    /// Name of the counter of pattern matches that ran past their timeout. Each such match counts
    /// as "no match", so a non-zero value means some rule may have missed a message.
    /// </summary>
    public const string RegexMatchTimeoutsName = "armada.error_categorization.regex.match_timeouts";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> RegexMatchTimeouts = Meter.CreateCounter<long>(
        RegexMatchTimeoutsName,
        unit: "{match}",
        description: "Pattern matches that exceeded the match timeout and were treated as no match.");

    internal static void RecordRegexMatchTimeout() => RegexMatchTimeouts.Add(1);
}
