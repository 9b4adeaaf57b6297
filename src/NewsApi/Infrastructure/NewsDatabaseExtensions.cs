namespace NewsApi.Infrastructure;

public static class NewsDatabaseExtensions
{
    public static IServiceCollection AddNewsDatabase(this IServiceCollection services)
    {
        services.AddOptions<NewsDatabaseOptions>().BindConfiguration(NewsDatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NewsDatabase>();
        services.AddSingleton<DataVersion>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
