#pragma once

#include <filesystem>
#include <string>

namespace diptych::store {

/// Size of each sample fileFingerprint() reads: 1 MiB.
inline constexpr std::size_t kFingerprintSampleBytes = std::size_t{1024} * 1024;

/// A content fingerprint of a media file, for finding it again after it was moved or renamed:
/// 16 lower-case hex digits of a 64-bit FNV-1a hash over the file size (8 bytes,
/// little-endian) and three 1 MiB samples at the start, the middle and the end (the whole file
/// when it is 3 MiB or smaller).
///
/// Why sampling is enough: the fingerprint is only compared between files of exactly the same
/// size, to tell which candidate is the film that went missing, not to prove that a file is
/// intact. Two different encodes or edits of a film virtually never agree byte for byte in the
/// container header at the start, the index at the end and a stretch of the middle, and
/// reading 3 MiB costs the same on a 50 GB film as on a short clip. A change confined to bytes
/// outside the samples is not detected, by design.
///
/// The result must stay stable across versions and machines (it is stored in projects): do not
/// change the algorithm; add a new function and column instead.
/// Throws StoreError when the file cannot be read. Thread-safe.
std::string fileFingerprint(const std::filesystem::path& path);

} // namespace diptych::store
