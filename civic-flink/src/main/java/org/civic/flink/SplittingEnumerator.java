package org.civic.flink;

import java.io.IOException;
import java.util.List;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;

/**
 * Cuts each uncompressed file into splits of a fixed size — 文件切分 — so that a large file is read
 * by many tasks; {@link CivicLinesFormat} gives each line to the split it starts in. A gzipped file
 * is one split.
 */
final class SplittingEnumerator extends NonSplittingRecursiveEnumerator {

  private final long splitSize;

  SplittingEnumerator(long splitSize) {
    this.splitSize = splitSize;
  }

  @Override
  protected void convertToSourceSplits(FileStatus file, FileSystem fs, List<FileSourceSplit> target)
      throws IOException {
    if (CivicLinesFormat.compressed(file.getPath())) {
      super.convertToSourceSplits(file, fs, target);
      return;
    }
    long length = file.getLen();
    for (long offset = 0; offset < length || offset == 0; offset += splitSize) {
      target.add(new FileSourceSplit(getNextId(), file.getPath(), offset, Math.min(splitSize, length - offset),
          file.getModificationTime(), length));
      if (length == 0) {
        break;
      }
    }
  }
}
