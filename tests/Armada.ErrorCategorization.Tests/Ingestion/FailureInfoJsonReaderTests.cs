using System.Text.Json;
using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

[TestFixture]
public class FailureInfoJsonReaderTests
{
    private static readonly TestCaseData[] ExitCodeCases =
    [
        new TestCaseData("""{"exitCode":137}""", 137).SetName("Read_IntegerExitCode_Read"),
        new TestCaseData("""{"exitCode":137.0}""", 137).SetName("Read_FloatExitCode_Read"),
        new TestCaseData("""{"exitCode":1.37e2}""", 137).SetName("Read_ExponentExitCode_Read"),
        new TestCaseData("""{"exitCode":137.9}""", 137).SetName("Read_FractionalExitCode_TruncatedDown"),
        new TestCaseData("""{"exitCode":-1.9}""", -1).SetName("Read_NegativeFractionalExitCode_TruncatedTowardZero"),
        new TestCaseData("""{"exitCode":-0.5}""", 0).SetName("Read_SmallNegativeFraction_Zero"),
        new TestCaseData("""{"exitCode":2147483647.9}""", int.MaxValue).SetName("Read_JustBelowInt32Max_Max"),
        new TestCaseData("""{"exitCode":-2147483648.9}""", int.MinValue).SetName("Read_JustAboveInt32Min_Min"),
        new TestCaseData("""{"exitCode":0}""", 0).SetName("Read_ZeroExitCode_Counts"),
    ];

    [TestCaseSource(nameof(ExitCodeCases))]
    public void Read_ExitCode(string json, int expected)
    {
        FailureInfoJsonReader.Read(json)!.ExitCode.ShouldBe(expected);
    }

    private static readonly TestCaseData[] NothingUsableCases =
    [
        new TestCaseData(null).SetName("Read_SqlNull_Null"),
        new TestCaseData("null").SetName("Read_JsonNull_Null"),
        new TestCaseData("{}").SetName("Read_EmptyObject_Null"),
        new TestCaseData("""{"exitCode":"137"}""").SetName("Read_ExitCodeAsString_Null"),
        new TestCaseData("""{"exitCode":2147483648}""").SetName("Read_ExitCodeAboveInt32_Null"),
        new TestCaseData("""{"exitCode":-2147483649}""").SetName("Read_ExitCodeBelowInt32_Null"),
        new TestCaseData("""{"exitCode":1e300}""").SetName("Read_HugeExitCode_Null"),
        new TestCaseData("""{"exitCode":true}""").SetName("Read_ExitCodeAsBoolean_Null"),
        new TestCaseData("""{"exitCode":null}""").SetName("Read_ExitCodeJsonNull_Null"),
        new TestCaseData("""{"terminationMessage":42}""").SetName("Read_MessageAsNumber_Null"),
        new TestCaseData("""{"containerName":["main"]}""").SetName("Read_ContainerAsArray_Null"),
        new TestCaseData("""{"categories":"oom"}""").SetName("Read_CategoriesAsString_Null"),
        new TestCaseData("""{"categories":{"0":"oom"}}""").SetName("Read_CategoriesAsObject_Null"),
        new TestCaseData("""{"ExitCode":137,"Categories":["oom"]}""").SetName("Read_KeysInOtherCase_Null"),
        new TestCaseData("""{"reason":"OOMKilled","subcategory":"gpu"}""").SetName("Read_OnlyUnknownKeys_Null"),
    ];

    [TestCaseSource(nameof(NothingUsableCases))]
    public void Read_NothingUsable(string? json)
    {
        FailureInfoJsonReader.Read(json).ShouldBeNull();
    }

    [Test]
    public void Read_AllFields_EachRead()
    {
        var info = FailureInfoJsonReader.Read(
            """{"categories":["oom","user_error"],"containerName":"main","exitCode":137,"terminationMessage":"Killed"}""")!;

        Assert.Multiple(() =>
        {
            info.Categories.ShouldBe(["oom", "user_error"]);
            info.ContainerName.ShouldBe("main");
            info.ExitCode.ShouldBe(137);
            info.TerminationMessage.ShouldBe("Killed");
        });
    }

    [Test]
    public void Read_WrongTypedKeyBesideGoodOne_OnlyGoodOneRead()
    {
        var info = FailureInfoJsonReader.Read("""{"exitCode":"137","containerName":"main","extra":{"a":1}}""")!;

        Assert.Multiple(() =>
        {
            info.ContainerName.ShouldBe("main");
            info.ExitCode.ShouldBeNull();
            info.Categories.ShouldBeNull();
            info.TerminationMessage.ShouldBeNull();
        });
    }

    [Test]
    public void Read_NonStringCategoryElements_Dropped()
    {
        var info = FailureInfoJsonReader.Read("""{"categories":["oom",1,null,true,{"a":"b"},["x"],"user_error"]}""")!;

        info.Categories.ShouldBe(["oom", "user_error"]);
    }

    [Test]
    public void Read_EmptyCategoriesArray_CountsAsEmptyList()
    {
        var info = FailureInfoJsonReader.Read("""{"categories":[]}""")!;

        info.Categories.ShouldBeEmpty();
    }

    [Test]
    public void Read_OnlyNonStringCategories_CountsAsEmptyList()
    {
        var info = FailureInfoJsonReader.Read("""{"categories":[1,2]}""")!;

        info.Categories.ShouldBeEmpty();
    }

    [Test]
    public void Read_EmptyStrings_CountAsValues()
    {
        var info = FailureInfoJsonReader.Read("""{"terminationMessage":"","containerName":""}""")!;

        Assert.Multiple(() =>
        {
            info.TerminationMessage.ShouldBe("");
            info.ContainerName.ShouldBe("");
        });
    }

    [Test]
    public void Read_DuplicateKey_LastOccurrenceWins()
    {
        var info = FailureInfoJsonReader.Read("""{"exitCode":1,"exitCode":"two","containerName":"a","containerName":"b"}""")!;

        Assert.Multiple(() =>
        {
            info.ExitCode.ShouldBeNull();
            info.ContainerName.ShouldBe("b");
        });
    }

    [Test]
    public void Read_EscapedText_Unescaped()
    {
        var info = FailureInfoJsonReader.Read("""{"terminationMessage":"line\nnext \u00e9 \ud83d\ude00"}""")!;

        info.TerminationMessage.ShouldBe("line\nnext \u00e9 \uD83D\uDE00");
    }

    [Test]
    public void Read_JsonElementInsideLargerDocument_Read()
    {
        using var document = JsonDocument.Parse("""{"runId":"r1","failureInfo":{"exitCode":137.0,"categories":["oom"]}}""");

        var info = FailureInfoJsonReader.Read(document.RootElement.GetProperty("failureInfo"))!;

        Assert.Multiple(() =>
        {
            info.ExitCode.ShouldBe(137);
            info.Categories.ShouldBe(["oom"]);
        });
    }

    [Test]
    public void Read_JsonElementNull_Null()
    {
        using var document = JsonDocument.Parse("""{"failureInfo":null}""");

        FailureInfoJsonReader.Read(document.RootElement.GetProperty("failureInfo")).ShouldBeNull();
    }

    [Test]
    public void Read_DefaultJsonElement_Null()
    {
        FailureInfoJsonReader.Read(default(JsonElement)).ShouldBeNull();
    }

    private static readonly TestCaseData[] MalformedCases =
    [
        new TestCaseData("", "Invalid failure_info value '': it is not valid JSON").SetName("Read_EmptyText_Throws"),
        new TestCaseData("{\"exitCode\":", "Invalid failure_info value '{\"exitCode\":': it is not valid JSON").SetName("Read_TruncatedJson_Throws"),
        new TestCaseData("{exitCode:1}", "Invalid failure_info value '{exitCode:1}': it is not valid JSON").SetName("Read_UnquotedKey_Throws"),
        new TestCaseData("[1,2]", "Invalid failure_info value '[1,2]': it is a JSON Array, but it must be an object or null").SetName("Read_TopLevelArray_Throws"),
        new TestCaseData("\"text\"", "Invalid failure_info value '\"text\"': it is a JSON String, but it must be an object or null").SetName("Read_TopLevelString_Throws"),
        new TestCaseData("137", "Invalid failure_info value '137': it is a JSON Number, but it must be an object or null").SetName("Read_TopLevelNumber_Throws"),
    ];

    [TestCaseSource(nameof(MalformedCases))]
    public void Read_Malformed(string json, string expectedStart)
    {
        var exception = Should.Throw<FormatException>(() => FailureInfoJsonReader.Read(json));

        Assert.Multiple(() =>
        {
            exception.Message.ShouldStartWith(expectedStart);
            exception.Message.ShouldEndWith("Store the JSON object that FailureInfoJsonWriter.Write returns, or SQL NULL.");
        });
    }

    [Test]
    public void Read_MalformedJson_KeepsParserErrorAsInner()
    {
        var exception = Should.Throw<FormatException>(() => FailureInfoJsonReader.Read("{"));

        exception.InnerException.ShouldBeAssignableTo<JsonException>();
    }

    [Test]
    public void Read_LongMalformedValue_QuotesOnlyItsStart()
    {
        var json = "{" + new string('x', 200);

        var exception = Should.Throw<FormatException>(() => FailureInfoJsonReader.Read(json));

        exception.Message.ShouldStartWith($"Invalid failure_info value '{{{new string('x', 79)}...' (201 characters): it is not valid JSON");
    }

    [Test]
    public void WriteThenRead_AllFields_RoundTrip()
    {
        var written = new FailureInfo { ExitCode = 137, TerminationMessage = "Killed", ContainerName = "main" };
        written.Categories.AddRange(["oom", "user_error"]);

        var info = FailureInfoJsonReader.Read(FailureInfoJsonWriter.Write(written))!;

        Assert.Multiple(() =>
        {
            info.Categories.ShouldBe(["oom", "user_error"]);
            info.ContainerName.ShouldBe("main");
            info.ExitCode.ShouldBe(137);
            info.TerminationMessage.ShouldBe("Killed");
        });
    }
}
