namespace NewsApi.Tests.Features.Stories;

// The story responses as a client reads them.

public sealed record StoryItem(string Id, string Headline, string RepresentativeArticleId, int ArticleCount, string? FirstPublished, string? LastPublished);

public sealed record StoryMemberItem(string Id, string Headline, string? Published, double Similarity);

public sealed record Story(string Id, string Headline, string RepresentativeArticleId, int ArticleCount, List<StoryMemberItem> Articles);

public sealed record RelatedItem(string Id, string Headline, bool SameStory, double Score, double TextScore, double EntityScore);
