using Armada.ErrorCategorization.Ingestion;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

/// <summary>Keeps the SQL in docs/ingester.md identical to the statements the integration tests run.</summary>
[TestFixture]
public class LookoutSqlDocsTests
{
    private static string ReadIngesterDoc()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Armada.ErrorCategorization.sln")))
            {
                return File.ReadAllText(Path.Combine(directory.FullName, "docs", "ingester.md")).ReplaceLineEndings("\n");
            }
        }

        throw new InvalidOperationException(
            $"Armada.ErrorCategorization.sln not found above {TestContext.CurrentContext.TestDirectory}; run the tests from the repository.");
    }

    private static readonly TestCaseData[] Statements =
    [
        new TestCaseData(LookoutSql.AddFailureInfoColumn).SetName("IngesterDoc_AddFailureInfoColumn_Shown"),
        new TestCaseData(LookoutSql.UpdateFailureInfos).SetName("IngesterDoc_UpdateFailureInfos_Shown"),
        new TestCaseData(LookoutSql.SelectFailureInfos).SetName("IngesterDoc_SelectFailureInfos_Shown"),
    ];

    [TestCaseSource(nameof(Statements))]
    public void IngesterDoc_Statement(string sql)
    {
        ReadIngesterDoc().ShouldContain(sql.ReplaceLineEndings("\n"));
    }
}
