namespace NewsApi.Extraction.Tagging.Training;

/// <summary>A sentence of a training corpus: its words and their gold BILOU tags.</summary>
internal sealed record TrainingSentence(string[] Words, int[] Tags);

/// <summary>Sentences that belong together (an article, or a single tweet), and how much an error on them counts.</summary>
internal sealed record TrainingDocument(IReadOnlyList<TrainingSentence> Sentences, float Weight);
