using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>Loading from files, and the argument checks of every entry point.</summary>
public sealed class ClassifierConfigLoaderFileTests
{
    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "config-loader-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void CreateClassifierFromFile_MissingFile_ThrowsConfigError()
    {
        var path = Path.Combine(directory, "missing.yaml");

        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifierFromFile(path));

        var error = exception.Errors.ShouldHaveSingleItem();
        Assert.Multiple(() =>
        {
            error.Path.ShouldBe("(file)");
            error.Message.ShouldBe($"cannot read the config file: Could not find file '{path}'.");
            error.Line.ShouldBeNull();
            exception.ConfigSource.ShouldBe(path);
            exception.InnerException.ShouldBeOfType<FileNotFoundException>();
        });
    }

    [Test]
    public void CreateClassifierFromFile_Directory_ThrowsConfigError()
    {
        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifierFromFile(directory));

        Assert.Multiple(() =>
        {
            exception.Errors.ShouldHaveSingleItem().Path.ShouldBe("(file)");
            exception.Errors[0].Message.ShouldStartWith("cannot read the config file: ");
            exception.ConfigSource.ShouldBe(directory);
            exception.InnerException.ShouldNotBeNull();
        });
    }

    [Test]
    public void CreateClassifierFromFile_InvalidContent_NamesTheFile()
    {
        var path = Path.Combine(directory, "rules.yaml");
        File.WriteAllText(path, "- name: a\n  rules: []\n");

        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifierFromFile(path));

        Assert.Multiple(() =>
        {
            exception.ConfigSource.ShouldBe(path);
            exception.Message.ShouldStartWith($"Invalid error-category config in {path} (1 error):");
            exception.Errors.ShouldHaveSingleItem().ToString().ShouldBe("errorCategories[0].rules: category \"a\" must have at least one rule (line 2, column 10)");
        });
    }

    [Test]
    public void CreateClassifierFromFile_Utf8WithByteOrderMark_Loads()
    {
        var path = Path.Combine(directory, "rules.yaml");
        File.WriteAllText(path, "- name: überlauf\n  rules: [{onConditions: [OOMKilled]}]\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var classifier = ClassifierConfigLoader.CreateClassifierFromFile(path);

        classifier.CategoryNames.ShouldBe(["überlauf"]);
    }

    [Test]
    public void CreateClassifierFromFile_NullPath_ThrowsArgumentNull() =>
        Should.Throw<ArgumentNullException>(() => ClassifierConfigLoader.CreateClassifierFromFile(null!)).ParamName.ShouldBe("path");

    [Test]
    public void CreateClassifierFromFile_EmptyPath_ThrowsArgument() =>
        Should.Throw<ArgumentException>(() => ClassifierConfigLoader.CreateClassifierFromFile("")).ParamName.ShouldBe("path");

    [Test]
    public void Parse_NullText_ThrowsArgumentNull() =>
        Should.Throw<ArgumentNullException>(() => ClassifierConfigLoader.Parse((string)null!)).ParamName.ShouldBe("yaml");

    [Test]
    public void Parse_NullReader_ThrowsArgumentNull() =>
        Should.Throw<ArgumentNullException>(() => ClassifierConfigLoader.Parse((TextReader)null!)).ParamName.ShouldBe("reader");

    [Test]
    public void CreateClassifier_NullText_ThrowsArgumentNull() =>
        Should.Throw<ArgumentNullException>(() => ClassifierConfigLoader.CreateClassifier((string)null!)).ParamName.ShouldBe("yaml");

    [Test]
    public void CreateClassifier_NullReader_ThrowsArgumentNull() =>
        Should.Throw<ArgumentNullException>(() => ClassifierConfigLoader.CreateClassifier((TextReader)null!)).ParamName.ShouldBe("reader");
}
