#include "store/file_fingerprint.h"

#include "common/error.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

namespace diptych::store {
namespace {

constexpr std::uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ull;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ull;

// FNV-1a: each step is a bijection of the state, so two inputs of equal length that differ
// in a single byte always hash differently.
class Fnv1a64 final
{
public:
    void add(const unsigned char* data, std::size_t size) noexcept
    {
        for (std::size_t i = 0; i < size; ++i) {
            m_hash ^= data[i];
            m_hash *= kFnvPrime;
        }
    }
    [[nodiscard]] std::uint64_t value() const noexcept { return m_hash; }

private:
    std::uint64_t m_hash = kFnvOffsetBasis;
};

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& reason)
{
    throw StoreError(path.string() + ": cannot fingerprint: " + reason);
}

} // namespace

std::string fileFingerprint(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        fail(path, ec.message());
    std::ifstream file(path, std::ios::binary);
    if (!file)
        fail(path, std::strerror(errno));

    Fnv1a64 hash;
    unsigned char sizeBytes[8];
    for (int i = 0; i < 8; ++i)
        sizeBytes[i] =
            static_cast<unsigned char>((static_cast<std::uint64_t>(size) >> (8 * i)) & 0xffu);
    hash.add(sizeBytes, sizeof sizeBytes);

    const std::uintmax_t sample = kFingerprintSampleBytes;
    std::vector<std::pair<std::uintmax_t, std::uintmax_t>> ranges; // offset, length
    if (size <= 3 * sample)
        ranges.emplace_back(0, size);
    else
        ranges = {{0, sample}, {size / 2 - sample / 2, sample}, {size - sample, sample}};

    std::vector<char> buffer(kFingerprintSampleBytes);
    for (const auto& [offset, length] : ranges) {
        file.seekg(static_cast<std::streamoff>(offset));
        std::uintmax_t left = length;
        while (left > 0) {
            const auto chunk = static_cast<std::streamsize>(std::min<std::uintmax_t>(left, sample));
            file.read(buffer.data(), chunk);
            if (file.gcount() != chunk)
                fail(path, "the file is shorter than its size (changed while reading?)");
            hash.add(reinterpret_cast<const unsigned char*>(buffer.data()),
                     static_cast<std::size_t>(chunk));
            left -= static_cast<std::uintmax_t>(chunk);
        }
    }

    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.value()));
    return hex;
}

} // namespace diptych::store
