#pragma once
// Placeholder: being written.
