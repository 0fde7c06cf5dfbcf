using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Armada.ErrorCategorization.Diagnostics;
using Armada.ErrorCategorization.ErrorMatch;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>A match that runs past its timeout is no match, and is counted.</summary>
[TestFixture]
[NonParallelizable]
public sealed class PatternTimeoutTests
{
    // .NET's engine checks its clock when it builds automaton states; this pattern needs a new
    // state for most characters of the message, so a one-tick timeout expires early.
    private const string ManyStatesPattern = @"(\w+\s*){500}";

    private static readonly string LongMessage = new('a', 100 * 1024);

    [Test]
    public void IsMatch_TinyTimeout_ThrowsTimeout()
    {
        var regex = PatternCompiler.Compile(ManyStatesPattern, TimeSpan.FromTicks(1));

        Should.Throw<RegexMatchTimeoutException>(() => regex.IsMatch(LongMessage));
    }

    [Test]
    public void MatchPattern_Timeout_ReturnsFalseAndCountsIt()
    {
        var regex = PatternCompiler.Compile(ManyStatesPattern, TimeSpan.FromTicks(1));
        long timeouts = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == ErrorCategorizationMetrics.MeterName && instrument.Name == ErrorCategorizationMetrics.RegexMatchTimeoutsName)
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref timeouts, measurement));
        listener.Start();

        var matched = ErrorMatcher.MatchPattern(regex, LongMessage);

        Assert.Multiple(() =>
        {
            matched.ShouldBeFalse();
            Interlocked.Read(ref timeouts).ShouldBe(1);
        });
    }
}
