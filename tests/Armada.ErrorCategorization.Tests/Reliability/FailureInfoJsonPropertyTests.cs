using System.Text;
using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using CsCheck;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// The <c>failure_info</c> JSON writer and reader on FailureInfos with hostile text in every field,
/// and the reader on arbitrary text: nothing but the documented FormatException escapes.
/// </summary>
[TestFixture]
public class FailureInfoJsonPropertyTests
{
    private const int Iterations = 3000;

    private static readonly Gen<string> LongHostileText = Gen.Frequency(
        (4, HostileText.NonNull),
        (1, Gen.Select(Gen.Int[4080, 4100], HostileText.NonNull, (length, tail) => new string('a', length) + tail)),
        (1, Gen.Select(Gen.Int[1360, 1370], HostileText.NonNull, (length, tail) => new string('€', length) + tail)));

    private static readonly Gen<FailureInfo> Info =
        Gen.Select(LongHostileText, HostileText.NonNull, HostileText.NonNull.Array[0, 3], PodGen.ExitCode.Nullable(0.3),
            (message, container, categories, exitCode) =>
            {
                var info = new FailureInfo { TerminationMessage = message, ContainerName = container, Categories = { categories } };
                if (exitCode is { } code)
                {
                    info.ExitCode = code;
                }

                return info;
            });

    /// <summary>The text as stored: NUL removed and each lone surrogate replaced, written without the library's helpers.</summary>
    private static string Stored(string value)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value, i, 2);
                i++;
            }
            else if (value[i] != '\0')
            {
                builder.Append(char.IsSurrogate(value[i]) ? '\uFFFD' : value[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The longest prefix, between characters, whose UTF-8 form has at most 4096 bytes.</summary>
    private static string CutTo4096Bytes(string value)
    {
        var end = value.Length;
        while (Encoding.UTF8.GetByteCount(value.AsSpan(0, end)) > FailureInfoJsonWriter.MaxTerminationMessageBytes)
        {
            end -= end >= 2 && char.IsLowSurrogate(value[end - 1]) && char.IsHighSurrogate(value[end - 2]) ? 2 : 1;
        }

        return value[..end];
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Print(FailureInfo info) =>
        $"message {HostileText.Escape(info.TerminationMessage)}, container {HostileText.Escape(info.ContainerName)}, " +
        $"categories [{string.Join(", ", info.Categories.Select(HostileText.Escape))}], exit code {(info.HasExitCode ? info.ExitCode : "none")}";

    [Test]
    public void WriteThenRead_HostileFailureInfo_ReadsStoredForm()
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Info.Sample(info =>
        {
            var json = FailureInfoJsonWriter.Write(info);
            var categories = info.Categories.Select(Stored).ToList();
            var expectNothing = categories.Count == 0 && Stored(info.ContainerName).Length == 0 &&
                                !info.HasFailedContainer && Stored(info.TerminationMessage).Length == 0;
            if (expectNothing)
            {
                json.ShouldBeNull();
                return;
            }

            strictUtf8.GetString(strictUtf8.GetBytes(json!)).ShouldBe(json);
            var read = FailureInfoJsonReader.Read(json)!;
            read.TerminationMessage.ShouldBe(NullIfEmpty(CutTo4096Bytes(Stored(info.TerminationMessage))));
            read.ContainerName.ShouldBe(NullIfEmpty(Stored(info.ContainerName)));
            read.ExitCode.ShouldBe(info.HasFailedContainer ? info.ExitCode : null);
            read.Categories.ShouldBe(categories.Count == 0 ? null : categories);
        }, iter: Iterations, print: Print);
    }

    [Test]
    public void Read_AnyText_ReturnsOrThrowsFormatException()
    {
        var keys = Gen.OneOf(Gen.Const("terminationMessage"), Gen.Const("containerName"), Gen.Const("exitCode"), Gen.Const("categories"), Gen.Const("x"));
        var values = Gen.OneOf(
            Gen.Const("\"\\uD800\""), Gen.Const("\"\\uDC00\\uD800\""), Gen.Const("\"\\u0000\""), Gen.Const("1e400"), Gen.Const("-1.5"),
            Gen.Const("2147483648"), Gen.Const("[\"a\", 1, null, [\"\\uDFFF\"]]"), Gen.Const("null"), Gen.Const("{}"), Gen.Const("\"ok\""),
            Gen.Const("[[[[[[[[[[]]]]]]]]]]"), Gen.Const("\"\uD800\""), Gen.Const("true"));
        var entry = Gen.Select(keys, values, (key, value) => $"\"{key}\":{value}");
        var json = Gen.Select(entry.Array[0, 5], TextMutation.Generator.Array[0, 1],
            (entries, mutations) => mutations.Aggregate("{" + string.Join(",", entries) + "}", (text, mutation) => mutation.ApplyTo(text)));

        json.Sample(text =>
        {
            try
            {
                FailureInfoJsonReader.Read(text);
            }
            catch (FormatException exception)
            {
                exception.Message.ShouldStartWith("Invalid failure_info value '");
            }
        }, iter: Iterations, print: HostileText.Escape);
    }
}
