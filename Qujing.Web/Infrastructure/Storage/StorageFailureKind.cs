namespace Qujing.Web.Infrastructure.Storage;

/// <summary>Why the database could not do what it was asked, as far as the storage beneath it is concerned.</summary>
public enum StorageFailureKind
{
    /// <summary>No room for the write: the disk, or the database's own size limit.</summary>
    Full,

    /// <summary>The file, its folder or its -wal/-shm files may not be written, or the database was opened read-only.</summary>
    ReadOnly,

    /// <summary>Another writer held the database longer than the busy timeout.</summary>
    Busy,

    /// <summary>The operating system failed a read or a write (a failing disk, a lost network mount).</summary>
    IoError,

    /// <summary>The file is gone, or cannot be opened.</summary>
    CannotOpen,

    /// <summary>The file is not a database, or a page of it is damaged.</summary>
    Damaged,
}
