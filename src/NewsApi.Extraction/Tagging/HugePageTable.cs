using System.Runtime.InteropServices;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// Zeroed native memory for a large table read at random (the tagger's feature weights), aligned on 2 MiB and, on Linux,
/// advised to the kernel as transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>; systems whose setting is "madvise"
/// give them only on request). Filling 33 MB of 4 KiB pages took a page fault per page, about a tenth of a second of
/// every start on a virtual machine; with 2 MiB pages it takes 17. Elsewhere, or if the kernel refuses, the memory is
/// ordinary pages.
/// </summary>
internal static unsafe partial class HugePageTable
{
    private const nuint HugePage = 2 << 20;
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE

    /// <summary>At least <paramref name="bytes"/> bytes, zeroed; give them back with <see cref="Free"/>.</summary>
    public static void* Allocate(nuint bytes)
    {
        var size = (bytes + HugePage - 1) / HugePage * HugePage;
        var table = NativeMemory.AlignedAlloc(size, HugePage);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = Madvise(table, size, AdviseHugePage); // only a hint: ordinary pages if it fails
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // a C library that cannot be loaded by this name: ordinary pages
            }
        }

        NativeMemory.Clear(table, size); // the first touch, after the advice, so that the pages are huge
        return table;
    }

    public static void Free(void* table) => NativeMemory.AlignedFree(table);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
