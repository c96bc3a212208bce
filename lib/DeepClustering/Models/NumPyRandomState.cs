namespace DeepClustering.Models;

/// <summary>
/// The uniform stream of NumPy's legacy <c>numpy.random.RandomState(seed)</c>: MT19937 seeded with
/// <c>init_genrand</c>, doubles with 53 random bits (<c>random_sample</c>), <c>uniform(low, high)</c> = low + (high − low)·u.
/// </summary>
/// <remarks>
/// Hand-written because experiment 1's original drew its weights from <c>RandomState(123)</c>, and reproducing its error
/// curve to the digit needs those exact numbers; no maintained .NET package reproduces NumPy's legacy stream
/// (MathNet's Mersenne Twister, for example, builds doubles from 32 bits). Tested against NumPy's output.
/// </remarks>
public sealed class NumPyRandomState
{
    private const int StateLength = 624;
    private const int Shift = 397;
    private readonly uint[] _state = new uint[StateLength];
    private int _position;

    /// <summary>Seeds the generator like <c>RandomState(seed)</c> (seed in 0 .. 2^32 − 1).</summary>
    public NumPyRandomState(long seed)
    {
        OptionOutOfRangeException.ThrowUnless(
            seed >= 0 && seed <= uint.MaxValue, nameof(seed), seed, $"in [0, {uint.MaxValue}]");
        var s = (uint)seed;
        for (var i = 0; i < StateLength; i++)
        {
            _state[i] = s;
            s = unchecked(1812433253u * (s ^ (s >> 30)) + (uint)i + 1);
        }
        _position = StateLength;
    }

    /// <summary>The next 32-bit output of MT19937.</summary>
    public uint NextUInt32()
    {
        if (_position >= StateLength) Regenerate();
        var y = _state[_position++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        return y ^ (y >> 18);
    }

    /// <summary>A double in [0, 1) with 53 random bits, as <c>random_sample()</c>.</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /// <summary>Fills a new array of <paramref name="count"/> values like <c>uniform(low, high, size=count)</c> (row-major for matrices).</summary>
    public double[] Uniform(double low, double high, int count)
    {
        OptionOutOfRangeException.ThrowUnless(count >= 0, nameof(count), count, "at least 0");
        var values = new double[count];
        for (var i = 0; i < count; i++) values[i] = low + (high - low) * NextDouble();
        return values;
    }

    private void Regenerate()
    {
        const uint upper = 0x80000000u, lower = 0x7fffffffu, matrix = 0x9908b0dfu;
        for (var i = 0; i < StateLength; i++)
        {
            var y = (_state[i] & upper) | (_state[(i + 1) % StateLength] & lower);
            _state[i] = _state[(i + Shift) % StateLength] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix);
        }
        _position = 0;
    }
}
