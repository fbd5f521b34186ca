using Coordination.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coordination.Core.Tests.Architecture;

/// <summary>
/// The limits that keep the hand-written source easy to change: short files, short methods, and classes that depend on
/// few things. Generated migrations are exempt. Each failure names every offender, so a change that crosses a limit
/// says where.
/// </summary>
public sealed class CodeShapeTests
{
    private const int MaxFileLines = 300;
    private const int MaxMethodLines = 40;
    private const int MaxConstructorDependencies = 6;

    private static readonly Lazy<IReadOnlyList<(string Path, SyntaxTree Tree)>> Sources = new(ReadSources);

    [Fact]
    public void NoSourceFileIsLongerThan300Lines()
    {
        var offenders = Sources.Value
            .Select(s => (s.Path, Lines: s.Tree.GetText().Lines.Count))
            .Where(s => s.Lines > MaxFileLines)
            .Select(s => $"{s.Path}: {s.Lines} lines");
        AssertNone(offenders);
    }

    [Fact]
    public void NoMethodIsLongerThan40Lines()
    {
        var offenders = Sources.Value
            .SelectMany(s => s.Tree.GetRoot().DescendantNodes().Where(IsMethodLike).Select(m => (s.Path, Method: m)))
            .Select(m => (m.Path, Name: NameOf(m.Method), Lines: LineCount(m.Method), Line: FirstLine(m.Method)))
            .Where(m => m.Lines > MaxMethodLines)
            .Select(m => $"{m.Path}:{m.Line} {m.Name}: {m.Lines} lines");
        AssertNone(offenders);
    }

    [Fact]
    public void NoClassTakesMoreThanSixConstructorDependencies()
    {
        var offenders = Sources.Value
            .SelectMany(s => s.Tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => (s.Path, Class: c)))
            .Select(c => (c.Path, c.Class.Identifier.Text, Dependencies: Dependencies(c.Class)))
            .Where(c => c.Dependencies > MaxConstructorDependencies)
            .Select(c => $"{c.Path} {c.Text}: {c.Dependencies} constructor dependencies");
        AssertNone(offenders);
    }

    private static void AssertNone(IEnumerable<string> offenders)
    {
        var list = offenders.ToList();
        Assert.True(list.Count == 0, $"{list.Count} over the limit:\n{string.Join('\n', list)}");
    }

    private static bool IsMethodLike(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax;

    private static int LineCount(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
    }

    private static int FirstLine(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static string NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        AccessorDeclarationSyntax a => a.Keyword.Text,
        _ => node.Kind().ToString(),
    };

    /// <summary>
    /// The most dependencies any constructor of the class takes, its primary constructor included: parameters other
    /// than plain values (numbers, text, ids, instants), which an entity's constructor takes as data.
    /// </summary>
    private static int Dependencies(ClassDeclarationSyntax type)
    {
        var primary = type.ParameterList is { } list ? [list] : Array.Empty<ParameterListSyntax>();
        var declared = type.Members.OfType<ConstructorDeclarationSyntax>().Select(c => c.ParameterList);
        return declared.Concat(primary).Select(p => p.Parameters.Count(IsDependency)).DefaultIfEmpty(0).Max();
    }

    private static bool IsDependency(ParameterSyntax parameter)
    {
        var type = parameter.Type is NullableTypeSyntax nullable ? nullable.ElementType : parameter.Type;
        return type is not PredefinedTypeSyntax && type?.ToString() is not ("Guid" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan");
    }

    private static List<(string Path, SyntaxTree Tree)> ReadSources()
    {
        var root = RepositoryFiles.PathOf();
        var source = Path.Combine(root, "src");
        return
        [
            .. Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" or "Migrations"))
                .Order(StringComparer.Ordinal)
                .Select(path => (path, CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(root, path)), path: path))),
        ];
    }
}
