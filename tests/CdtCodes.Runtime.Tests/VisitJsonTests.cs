using System.Text;

namespace CdtCodes.Tests;

public class VisitJsonTests
{
    private const string Sample = """
        {
          "visits": [
            {
              "id": "A-1",
              "dateOfService": "2025-03-04",
              "encounterMode": "synchronous",
              "placeOfService": "02",
              "lines": [ { "code": "D0140" }, { "code": "D9995" } ]
            },
            {
              "id": "A-2",
              "dateOfService": "2024-12-31",
              "lines": [
                { "code": "D2391", "tooth": "30", "surfaces": "O", "quantity": 1 },
                { "code": "D4342", "tooth": "2-5", "area": "10" },
                { "code": "D9920", "narrative": "Extra time." }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Loads_the_documented_shape()
    {
        var result = CdtVisitJson.Load(Sample);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Null(result.Error);
        Assert.Equal(2, result.Visits.Count);

        var first = result.Visits[0];
        Assert.Equal("A-1", first.Id);
        Assert.Equal(new DateTime(2025, 3, 4), first.DateOfService);
        Assert.Equal(EncounterMode.Synchronous, first.EncounterMode);
        Assert.Equal("02", first.PlaceOfService);
        Assert.Equal(new[] { "D0140", "D9995" }, first.Lines.Select(l => l.Code));
        Assert.All(first.Lines, l => Assert.Equal(1, l.Quantity));

        var second = result.Visits[1];
        Assert.Equal(EncounterMode.Unspecified, second.EncounterMode);
        Assert.Equal("30", second.Lines[0].Tooth);
        Assert.Equal("O", second.Lines[0].Surfaces);
        Assert.Equal("10", second.Lines[1].Area);
        Assert.Equal("Extra time.", second.Lines[2].Narrative);

        Assert.All(TestCatalog.Validator.Validate(result.Visits), r => Assert.True(r.IsValid, string.Join("; ", r.Findings)));
    }

    [Fact]
    public void Loads_a_bare_array_from_a_stream_with_comments_and_trailing_commas()
    {
        var json = "\uFEFF/* visits */ // export\n[ { \"lines\": [ { \"code\": \"d9996\", }, ], }, ]";
        var result = CdtVisitJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.True(result.Success, result.Error?.ToString());
        var visit = Assert.Single(result.Visits);
        Assert.Null(visit.DateOfService);
        Assert.Equal("d9996", Assert.Single(visit.Lines).Code);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored_in_text_too()
    {
        Assert.True(CdtVisitJson.Load("\uFEFF{ \"visits\": [] }").Success);
        var error = CdtVisitJson.Load(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("[ null ]")).ToArray())).Error!;
        Assert.Equal((1L, 3L), (error.Line!.Value, error.Column!.Value));
    }

    [Fact]
    public void Numbers_are_kept_as_written_for_text_fields()
    {
        var result = CdtVisitJson.Load("[ { \"id\": 17, \"placeOfService\": 2, \"lines\": [ { \"code\": 9995, \"tooth\": 3, \"area\": 10 } ] } ]");
        Assert.True(result.Success, result.Error?.ToString());
        var visit = Assert.Single(result.Visits);
        Assert.Equal("17", visit.Id);
        Assert.Equal("2", visit.PlaceOfService);
        var line = Assert.Single(visit.Lines);
        Assert.Equal(("9995", "3", "10"), (line.Code, line.Tooth, line.Area));
        Assert.Contains(TestCatalog.Validator.Validate(visit).Findings, f => f.RuleId == "CDT012" && f.Suggestion == "D9995");
    }

    [Theory]
    [InlineData("inPerson", EncounterMode.InPerson)]
    [InlineData("in-person", EncounterMode.InPerson)]
    [InlineData("SYNCHRONOUS", EncounterMode.Synchronous)]
    [InlineData("asynchronous", EncounterMode.Asynchronous)]
    [InlineData("unspecified", EncounterMode.Unspecified)]
    public void Encounter_modes(string text, EncounterMode mode)
    {
        var result = CdtVisitJson.Load("[ { \"encounterMode\": \"" + text + "\" } ]");
        Assert.Equal(mode, Assert.Single(result.Visits).EncounterMode);
        Assert.Equal(EncounterMode.Unspecified, Assert.Single(CdtVisitJson.Load("[ { \"encounterMode\": null } ]").Visits).EncounterMode);
    }

    [Theory]
    [InlineData("2024-12-31", 2024, 12, 31)]
    [InlineData("2025-01-01", 2025, 1, 1)]
    [InlineData("2024-12-31T23:30:00-05:00", 2024, 12, 31)]
    [InlineData("2025-01-01T00:30:00+14:00", 2025, 1, 1)]
    [InlineData("2024-12-31T23:59:59Z", 2024, 12, 31)]
    public void Date_of_service_is_the_date_as_written_never_shifted_by_a_time_zone(string text, int year, int month, int day)
    {
        var result = CdtVisitJson.Load("{ \"visits\": [ { \"dateOfService\": \"" + text + "\" } ] }");
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(new DateTime(year, month, day), Assert.Single(result.Visits).DateOfService);
    }

    [Theory]
    [InlineData("", "does not contain any JSON tokens", 1L, 1L)]
    [InlineData("{", null, 1L, null)]
    [InlineData("null", "The JSON is null; expected an object with a \"visits\" array, or an array of visits.", 1L, 1L)]
    [InlineData("42", "Expected an object with a \"visits\" array, or an array of visits.", 1L, null)]
    [InlineData("{ \"visit\": [] }", "Unknown property \"visit\"; a visit file has \"visits\" (and \"$schema\").", 1L, null)]
    [InlineData("{ }", "A visit file needs a \"visits\" array.", 1L, 1L)]
    [InlineData("{ \"visits\": null }", "A visit file needs a \"visits\" array.", 1L, 1L)]
    [InlineData("{ \"visits\": {} }", "The value at $.visits has the wrong type or is out of range.", 1L, null)]
    [InlineData("[ null ]", "A visit must be an object, not null.", 1L, 3L)]
    [InlineData("{ \"visits\": [ {}, null ] }", "A visit must be an object, not null.", 1L, 19L)]
    [InlineData("[ {},\n  { \"lines\": [ {}, null ] } ]", "A claim line must be an object, not null.", 2L, 20L)]
    [InlineData("[ { \"lines\": {} } ]", "The value at $[0].lines has the wrong type or is out of range.", 1L, null)]
    [InlineData("[ { \"dateOfService\": \"2025-02-30\" } ]", "\"dateOfService\" must be a date such as \"2025-03-04\", not \"2025-02-30\".", 1L, null)]
    [InlineData("[ { \"dateOfService\": \"04/03/2025\" } ]", "\"dateOfService\" must be a date such as \"2025-03-04\", not \"04/03/2025\".", 1L, null)]
    [InlineData("[ { \"dateOfService\": \"2025-03-04Tnonsense\" } ]", "\"dateOfService\" must be a date such as \"2025-03-04\", not \"2025-03-04Tnonsense\".", 1L, null)]
    [InlineData("[ { \"dateOfService\": 20250304 } ]", "\"dateOfService\" must be a date string such as \"2025-03-04\".", 1L, null)]
    [InlineData("[ { \"encounterMode\": \"video\" } ]", "\"encounterMode\" must be \"inPerson\", \"synchronous\" or \"asynchronous\", not \"video\".", 1L, null)]
    [InlineData("[ { \"encounterMode\": 2 } ]", "\"encounterMode\" must be a string: \"inPerson\", \"synchronous\" or \"asynchronous\".", 1L, null)]
    [InlineData("[ { \"lines\": [ { \"code\": true } ] } ]", "Expected a string or a number.", 1L, null)]
    [InlineData("[ { \"lines\": [ { \"quantity\": 1e40 } ] } ]", "The value at $[0].lines[0].quantity has the wrong type or is out of range (quantity is a whole number).", 1L, null)]
    [InlineData("[ { \"lines\": [ { \"quantity\": \"2\" } ] } ]", "The value at $[0].lines[0].quantity has the wrong type or is out of range (quantity is a whole number).", 1L, null)]
    [InlineData("[ { \"lines\": [ { \"cdoe\": \"D0140\" } ] } ]", "Unknown property \"cdoe\"; a claim line has code, tooth, surfaces, area, quantity and narrative.", 1L, null)]
    [InlineData("[ { \"date\": \"2025-01-01\" } ]", "Unknown property \"date\"; a visit has id, dateOfService, encounterMode, placeOfService and lines.", 1L, null)]
    [InlineData("[ { } ] trailing", null, 1L, null)]
    public void Bad_json_is_a_located_error_never_an_exception(string json, string? message, long? line, long? column)
    {
        var result = CdtVisitJson.Load(json);
        Assert.False(result.Success);
        Assert.Empty(result.Visits);
        var error = result.Error!;
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        if (message != null)
        {
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(line, error.Line);
        if (column != null)
        {
            Assert.Equal(column, error.Column);
        }

        // The same through a stream.
        var viaStream = CdtVisitJson.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.False(viaStream.Success);
        Assert.Equal(error.Message, viaStream.Error!.Message);
    }

    [Fact]
    public void Error_points_at_the_line_column_and_path()
    {
        var json = "{\n  \"visits\": [\n    { \"id\": \"x\",\n      \"dateOfService\": \"2025-13-01\" }\n  ]\n}";
        var error = CdtVisitJson.Load(json).Error!;
        Assert.Equal(4, error.Line);
        Assert.Equal("$.visits[0].dateOfService", error.Path);
        Assert.StartsWith("line 4, column ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(36, error.Column); // the reader reports the position after the offending string
    }

    [Fact]
    public void Syntax_error_is_located()
    {
        var error = CdtVisitJson.Load("[\n  { \"id\": \"a\" }\n  { \"id\": \"b\" }\n]").Error!;
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void Invalid_text_and_bytes_are_errors()
    {
        Assert.False(CdtVisitJson.Load("[ { \"id\": \"\uD800\" } ]").Success);
        var bytes = new byte[] { (byte)'[', (byte)'{', (byte)'"', (byte)'i', (byte)'d', (byte)'"', (byte)':', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)'}', (byte)']' };
        Assert.False(CdtVisitJson.Load(new MemoryStream(bytes)).Success);
        Assert.False(CdtVisitJson.Load(new string('[', 10_000)).Success); // deeper than the reader allows
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => CdtVisitJson.Load((string)null!));
        Assert.Throws<ArgumentNullException>(() => CdtVisitJson.Load((Stream)null!));
    }

    [Fact]
    public void Many_visits_load_and_validate_as_a_stream()
    {
        var json = new StringBuilder("{\"visits\":[");
        for (int i = 0; i < 20_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"id\":\"v").Append(i).Append("\",\"dateOfService\":\"2025-01-0").Append(1 + (i % 9))
                .Append("\",\"lines\":[{\"code\":\"D0140\"},{\"code\":\"D2940\",\"tooth\":\"").Append(1 + (i % 32)).Append("\"}]}");
        }

        var result = CdtVisitJson.Load(json.Append("]}").ToString());
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(20_000, result.Visits.Count);
        Assert.All(TestCatalog.Validator.Validate(result.Visits), r => Assert.True(r.IsValid));
    }
}
