using System.Text;
using CsCheck;
using Entente.Data.Atop;
using Entente.Data.Tests.Atop;
using Entente.Tests.Shared;

namespace Entente.Data.Tests;

/// <summary>Issue 12: the YAML loader and the CSV readers under random and hostile input — a problem with its place, never an exception.</summary>
public sealed class HostileFileTests
{
    private static readonly Gen<string> YamlLike = Gen.OneOf<string>(
            "dataset:", "sources:", "actors:", "treaties:", "- ", "  ", "\n", "id: x", "name: ", "[", "]", "{", "}", ":", ",", "\"", "'",
            "&a ", "*a", "!!str ", "---\n", "...\n", "#", "|", ">", "\t", "é", "\u0000", "2024-13-45", "reviewed: 2026-11-27")
        .Array[0, 80].Select(string.Concat);

    [Fact]
    public void Load_AnyYamlLikeText_GivesProblemsNeverThrows()
    {
        YamlLike.Sample(text =>
        {
            var result = DataSetLoader.Load([new DataFile("data/fuzz.yaml", text)]);
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        }, iter: Fuzz.Iterations(500), print: t => t);
    }

    [Fact]
    public void Load_AnchorBeforeAnOpenFlowSequence_IsAProblemNotAnException()
    {
        // Found by the fuzz test above (seed 1whdYGsYKsU3): YamlDotNet threw ArgumentException ("unsupported event").
        YamlLike.Sample(text =>
        {
            var result = DataSetLoader.Load([new DataFile("data/fuzz.yaml", text)]);
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        }, seed: "1whdYGsYKsU3", iter: 1, print: t => t);
    }

    [Fact]
    public void Decode_AnyBytes_IsTextOrAProblemWithItsLine()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var file = DataFile.Decode("data/fuzz.yaml", bytes);
            if (file.Unreadable is { } problem)
                Assert.InRange(problem.Line, 1, bytes.Count(b => b == '\n') + 1);
            else
                Assert.Equal(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes, Encoding.UTF8.GetBytes(file.Text));
        }, iter: Fuzz.Iterations(1000));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Load_NestedDeeperThanTheBound_IsOneProblem(int depth)
    {
        var result = DataSetLoader.Load([new DataFile("data/deep.yaml", "dataset: " + new string('[', depth) + new string(']', depth))]);

        Assert.Equal(depth > 64, result.Problems.Any(p => p.Message.Contains("more than 64 deep", StringComparison.Ordinal)));
    }

    [Fact]
    public void MemberFile_AnyCsvLikeText_IsReadOrGivesProblemsNeverThrows()
    {
        var rows = Gen.OneOf<string>(SmallFiles.Row(3220, 2, "1951,9,8", "1960,1,19", "1,0,0,0,1"), "3220,,740,1951,9,8,0,0,0,0,1,0,0,0,1,0,0,4.01",
            "\"", ",", "x", "", "\r", "1,2,3", "3220,,740,1951,13,8,0,0,0,0,1,0,0,0,1,0,0,4.01", "\u0000", "\"a\nb\"");
        Gen.Select(rows.Array[0, 30], Gen.Bool, (r, header) => (header ? SmallFiles.MembersHeader + "\n" : "") + string.Join("\n", r)).Sample(text =>
        {
            try
            {
                var file = AtopMemberFile.Parse(text, "fuzz.csv");
                Assert.NotEmpty(file.Members);
            }
            catch (InputFileException e)
            {
                Assert.All(e.Problems, p => Assert.Equal("fuzz.csv", p.File));
                Assert.NotEmpty(e.Message);
            }
        }, iter: Fuzz.Iterations(500), print: t => t);
    }

    [Fact]
    public void ReadAtMost_StreamLongerThanTheLimit_StopsOneBytePast()
    {
        using var endless = new CountingZeros();

        Assert.Null(BoundedFile.ReadAtMost(endless, 1000));
        Assert.InRange(endless.Given, 1001, 1001 + (64 * 1024));
    }

    [Fact]
    public void ReadAllBytes_Folder_IsRefusedSayingWhatItIs()
    {
        var error = Assert.Throws<IOException>(() => BoundedFile.ReadAllBytes(Path.GetTempPath(), 10));

        Assert.Contains("is a folder, not a file", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingZeros : Stream
    {
        public long Given { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Given; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            Given += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
