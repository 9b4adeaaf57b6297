namespace NewsApi.Tests.Support;

// The response shapes as a client sees them; the tests read JSON into these rather than into the API's own types.

public sealed record PageOf<T>(List<T> Items, string? Next);

public sealed record ArticleItem(string Id, string Headline, string? Section, string? Published, string? Snippet, double? Score);

public sealed record ArticleEntityItem(string Id, string Name, string Type, List<string> Roles, int MentionCount, double Salience);

public sealed record Article(string Id, string Headline, string? Section, string? Published, string? Dateline, string? Caption,
    List<string> Subheadings, string Body, int WordCount, List<ArticleEntityItem> Entities,
    bool HeadlineDerived = false, string? PublishedSource = null, string? Credit = null, string? SourceFile = null);

public sealed record MentionItem(string Field, int Start, int End, string Text, string Sentence);

public sealed record EntityMentions(string Id, string Name, string Type, List<MentionItem> Mentions);

public sealed record EntityItem(string Id, string Type, string Name, string? MatchedAlias, int ArticleCount);

public sealed record RoleItem(string Name, int ArticleCount);

public sealed record Entity(string Id, string Type, string Name, List<string> Aliases, List<RoleItem> Roles, int ArticleCount,
    string? FirstSeen, string? LastSeen, string Articles);
