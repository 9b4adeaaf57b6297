using System.Data;
using System.Globalization;
using Dapper;

namespace NewsApi.Infrastructure;

// SQLite has no date type; dates are ISO-8601 TEXT. Without this Dapper fails with "Invalid cast ... to 'System.DateOnly'".
public sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    /// <summary>A stored date, for code that reads columns without Dapper.</summary>
    public static DateOnly FromText(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override DateOnly Parse(object value) => FromText((string)value);

    public override void SetValue(IDbDataParameter parameter, DateOnly value) =>
        (parameter.DbType, parameter.Value) = (DbType.String, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
