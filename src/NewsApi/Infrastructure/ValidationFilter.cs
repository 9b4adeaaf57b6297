using System.Text.Json;
using FluentValidation;

namespace NewsApi.Infrastructure;

/// <summary>Runs the FluentValidation validator of an endpoint's query model; a failure becomes a 400 validation problem.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is not { } argument)
        {
            return await next(context);
        }

        // A repeated text parameter would be bound as its values joined by commas ("q=bush&q=iraq" searched "bush,iraq").
        var repeated = context.HttpContext.Request.Query.Where(parameter => parameter.Value.Count > 1)
            .ToDictionary(parameter => parameter.Key, parameter => new[] { $"'{parameter.Key}' is given {parameter.Value.Count} times; give it once." });
        if (repeated.Count > 0)
        {
            return TypedResults.ValidationProblem(repeated, title: "The request has invalid parameters.");
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        return result.IsValid
            ? await next(context)
            : TypedResults.ValidationProblem(result.ToDictionary(), title: "The request has invalid parameters.");
    }
}

public static class ValidationExtensions
{
    public static IServiceCollection AddRequestValidation(this IServiceCollection services)
    {
        // Errors name the query parameters the caller typed ("limit"), not our C# properties ("Limit").
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = ValidatorOptions.Global.PropertyNameResolver;
        return services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
    }

    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem().WithMetadata(new ValidatedQuery(typeof(T)));
}

/// <summary>Names an endpoint's validated query model, so the OpenAPI document can show the bounds its validator enforces.</summary>
public sealed record ValidatedQuery(Type Model);
